package org.traject.reports.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.traject.reports.internal.ReportQueries;
import org.traject.web.Htmx;

/**
 * The filter's programme picker: instead of a list of every programme (a thousand on a
 * large portal), the chosen programmes as ticked boxes and a search by title. htmx asks
 * for the programmes found while the secretary types and replaces the boxes with the ones
 * ticked so far and those found; without JavaScript the filter form is sent with the text
 * typed and the page lists what was found ({@link ReportsController}). The chosen
 * programmes stay in the URL as {@code programme=}.
 */
@Controller
class ReportProgrammePicker {

	/** Programmes found that the picker lists; more are narrowed down by typing more. */
	static final int MATCHES_SHOWN = 20;

	private final ReportQueries queries;

	ReportProgrammePicker(ReportQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/reports/programmes")
	String programmes(@RequestParam(name = "find", required = false) @Nullable String find,
			@RequestParam(name = "programme", required = false) @Nullable List<Long> programme, Model model) {
		List<Long> chosen = programme == null ? List.of() : programme.stream().distinct().limit(200).toList();
		String text = find == null || find.strip().length() > 100 ? "" : find.strip();
		if (!Htmx.isHtmxRequest()) {
			// asked for outside htmx: the reports page with the same choice lists it
			var uri = UriComponentsBuilder.fromPath("/reports").queryParam("find", text);
			chosen.forEach(p -> uri.queryParam("programme", p));
			return "redirect:" + uri.build().encode().toUriString();
		}
		model.addAttribute("chosen", queries.filterChoices(chosen).chosen());
		model.addAttribute("find", text);
		if (!text.isEmpty()) {
			model.addAttribute("matches", queries.programmesMatching(text, MATCHES_SHOWN));
		}
		return "reports/reports :: programmePicked";
	}

}
