package org.traject.evaluations.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.Cohorts;
import org.traject.evaluations.internal.EvaluationResults;
import org.traject.web.Csv;
import org.traject.web.Download;
import org.traject.web.Spreadsheet;

/**
 * The evaluation results for course secretaries and administrators: the programmes and
 * their rounds, a programme's cohorts compared over time, and one round question by
 * question, exported as CSV and XLSX. Nothing here names a person.
 */
@Controller
class EvaluationResultsController {

	private final EvaluationResults results;

	private final ResultViews views;

	private final Catalogue catalogue;

	private final Cohorts cohorts;

	EvaluationResultsController(EvaluationResults results, ResultViews views, Catalogue catalogue, Cohorts cohorts) {
		this.results = results;
		this.views = views;
		this.catalogue = catalogue;
		this.cohorts = cohorts;
	}

	@GetMapping("/secretary/evaluations")
	String index(Model model) {
		model.addAttribute("programmes", results.programmes());
		model.addAttribute("languages", List.of("nl", "da", "en"));
		return "evaluations/index";
	}

	@GetMapping("/secretary/evaluations/programmes/{programmeId}")
	String programme(@PathVariable long programmeId, Locale locale, Model model) {
		var programme = catalogue.find(programmeId).orElseThrow();
		var rounds = results.rounds(programmeId);
		var byId = cohorts.ofProgramme(programmeId)
			.stream()
			.collect(Collectors.toMap(Cohorts.CohortView::id, Function.identity()));
		model.addAttribute("programme", programme);
		model.addAttribute("comparison", views.comparison(rounds, byId, locale));
		return "evaluations/programme";
	}

	@GetMapping("/secretary/evaluations/rounds/{roundId}")
	String round(@PathVariable long roundId, Locale locale, Model model) {
		var round = results.round(roundId);
		var programme = catalogue.find(round.programmeId()).orElseThrow();
		var cohort = cohorts.find(round.round().cohortId()).orElse(null);
		model.addAttribute("results", round);
		model.addAttribute("programme", programme);
		model.addAttribute("cohortCode", cohort == null ? "" : cohort.code());
		model.addAttribute("session", ResultViews.session(cohort, round.round().sessionId()));
		model.addAttribute("questions", views.questions(round, locale));
		model.addAttribute("minimum", EvaluationResults.MIN_FOR_OPEN_ANSWERS);
		return "evaluations/round";
	}

	@GetMapping("/secretary/evaluations/rounds/{roundId}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String roundId, Locale locale) {
		var export = views.export(results.round(id(roundId)), locale);
		var format = NumberFormat.getNumberInstance(locale);
		var rows = new java.util.ArrayList<List<String>>();
		rows.add(export.headings());
		export.rows()
			.forEach(row -> rows
				.add(row.stream().map(c -> c instanceof Number n ? format.format(n) : String.valueOf(c)).toList()));
		return Download.attachment(Csv.write(rows, locale), "traject-evaluation-" + roundId + ".csv", Download.CSV);
	}

	@GetMapping("/secretary/evaluations/rounds/{roundId}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String roundId, Locale locale) {
		var export = views.export(results.round(id(roundId)), locale);
		return Download.attachment(Spreadsheet.xlsx(export.sheet(), export.headings(), export.rows()),
				"traject-evaluation-" + roundId + ".xlsx", Download.XLSX);
	}

	/** The round id of an export's path; anything but a number is not found. */
	private static long id(String roundId) {
		if (!roundId.matches("\\d{1,18}")) {
			throw new NoSuchElementException(roundId);
		}
		return Long.parseLong(roundId);
	}

}
