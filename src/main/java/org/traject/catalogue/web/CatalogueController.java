package org.traject.catalogue.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;
import org.traject.catalogue.CareerPhase;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.ProgrammePageSection;
import org.traject.catalogue.Sector;
import org.traject.catalogue.internal.CatalogueQuery;
import org.traject.catalogue.internal.CatalogueSearch;
import org.traject.catalogue.internal.ProgrammePages;
import org.traject.web.FragmentCache;
import org.traject.web.Htmx;

/**
 * The public catalogue and programme pages. Filters are plain GET parameters: every
 * search is a shareable URL.
 */
@Controller
class CatalogueController {

	private final CatalogueSearch search;

	private final FragmentCache fragments;

	private final ProgrammePages pages;

	private final List<ProgrammePageSection> sections;

	CatalogueController(CatalogueSearch search, ProgrammePages pages, List<ProgrammePageSection> sections,
			FragmentCache fragments) {
		this.search = search;
		this.fragments = fragments;
		this.pages = pages;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ProgrammePageSection::order)).toList();
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("phases", CareerPhase.values());
		model.addAttribute("startingSoon", search.startingSoon(6));
		return "catalogue/home";
	}

	@GetMapping("/programmes")
	String catalogue(Filter filter, HttpServletRequest request, Model model) throws Exception {
		var query = filter.toQuery();
		model.addAttribute("query", query);
		model.addAttribute("phases", CareerPhase.values());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("formats", ProgrammeFormat.values());
		model.addAttribute("languages", List.of("nl", "da", "en"));
		if (fragments.enabled() && !Htmx.isHtmxRequest(request)) {
			// the filter form and the results are the same for everyone: kept a few
			// seconds per query and language, while the page around them (the person's
			// header) is rendered now
			model.addAttribute("catalogueHtml",
					fragments.html(new FiltersAndResultsKey(query, LocaleContextHolder.getLocale().toLanguageTag()),
							"catalogue/catalogue :: filtersAndResults", model,
							m -> m.addAttribute("result", search.search(query))));
			return "catalogue/catalogue";
		}
		model.addAttribute("result", search.search(query));
		return Htmx.view(request, "catalogue/catalogue", "results");
	}

	private record FiltersAndResultsKey(CatalogueQuery query, String language) {
	}

	@GetMapping("/programmes/{slug}")
	String programme(@PathVariable String slug, Model model) {
		var page = pages.publicPage(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", page);
		model.addAttribute("sections",
				sections.stream()
					.map(s -> Map.<String, Object>of("fragment", s.fragment(), "model", s.model(page.view())))
					.toList());
		return "catalogue/programme";
	}

	/**
	 * The catalogue's filter as the address carries it; a language Traject does not speak
	 * filters nothing.
	 */
	record Filter(@Nullable String q, @Nullable CareerPhase phase, @Nullable Sector sector,
			@Nullable ProgrammeFormat format, @Nullable String language, @Nullable Boolean open,
			@Nullable Integer page) {

		CatalogueQuery toQuery() {
			String spoken = language != null && List.of("nl", "da", "en").contains(language) ? language : null;
			return new CatalogueQuery(q, phase, sector, format, spoken, Boolean.TRUE.equals(open),
					page == null ? 0 : page);
		}

	}

}
