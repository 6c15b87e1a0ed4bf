package org.traject.reports.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.NoSuchElementException;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;
import org.traject.reports.internal.ReportFilter;
import org.traject.reports.internal.ReportQueries;
import org.traject.web.Htmx;

/**
 * The provider reports for administrators and course secretaries. The filter lives in the
 * URL, so a report is shared as a link and its exports carry the same filter. A filter
 * field that makes no sense is named beside the field and left at its default; the
 * reports still show.
 */
@Controller
class ReportsController {

	private final ReportTables tables;

	private final ReportQueries queries;

	private final ReportExport export;

	ReportsController(ReportTables tables, ReportQueries queries, ReportExport export) {
		this.tables = tables;
		this.queries = queries;
		this.export = export;
	}

	/**
	 * The page shell: the filter and a section per report, each loaded from its own URL
	 * ({@link #report}) once it scrolls into view, so that the page answers at once and
	 * each report within its own time instead of the sum of all.
	 */
	/** Rows and bars a report shows in its section of {@code /reports}. */
	static final int SECTION_ROWS = 25;

	@GetMapping("/reports")
	String reports(@Valid @ModelAttribute("filter") ReportFilterForm form, BindingResult errors, Model model) {
		var filter = filter(form);
		filterChoices(filter, form, model);
		model.addAttribute("ids", Arrays.stream(ReportKind.values()).map(ReportKind::id).toList());
		model.addAttribute("query", query(filter));
		return "reports/reports";
	}

	/**
	 * One report with the filter of the URL: on a page of its own (to share, to print,
	 * and without JavaScript), or for htmx as the body of its section on
	 * {@code /reports}. A filter value that makes no sense is left at its default, named
	 * beside its field on the page and in a note in the section.
	 */
	@GetMapping("/reports/{report}")
	String report(@PathVariable String report, @Valid @ModelAttribute("filter") ReportFilterForm form,
			BindingResult errors, Locale locale, Model model) {
		var kind = ReportKind.ofId(report).orElseThrow(() -> new NoSuchElementException(report));
		var filter = filter(form);
		model.addAttribute("query", query(filter));
		if (Htmx.isHtmxRequest()) {
			// a section shows the start of a long report, counted for what it shows; the
			// rest is a link away
			var section = tables.section(kind, filter, locale, SECTION_ROWS);
			model.addAttribute("r", section);
			model.addAttribute("rowsTotal", section.total());
			model.addAttribute("rowsShown", SECTION_ROWS);
			model.addAttribute("ignored", errors.hasErrors());
			model.addAttribute("inSection", true);
			return "reports/report :: reportBody";
		}
		model.addAttribute("r", tables.build(kind, filter, locale));
		filterChoices(filter, form, model);
		return "reports/report";
	}

	/**
	 * What the filter form offers, and the filter as understood: the chosen programmes
	 * (with a search for more, {@link ReportProgrammePicker}) rather than a list of every
	 * programme.
	 */
	private void filterChoices(ReportFilter filter, ReportFilterForm form, Model model) {
		model.addAttribute("period", filter);
		var choices = queries.filterChoices(filter.programmes());
		model.addAttribute("sectors", choices.sectors());
		model.addAttribute("chosen", choices.chosen());
		String find = form.findText();
		model.addAttribute("find", find);
		if (!find.isEmpty()) {
			model.addAttribute("matches", queries.programmesMatching(find, ReportProgrammePicker.MATCHES_SHOWN));
		}
		var organisations = queries.organisations();
		model.addAttribute("organisations", organisations);
		model.addAttribute("organisationName",
				organisations.stream()
					.filter(o -> o.id() == filter.organisation())
					.map(ReportQueries.OrganisationOption::name)
					.findFirst()
					.orElse(null));
	}

	@GetMapping("/reports/{report}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String report, @Valid @ModelAttribute("filter") ReportFilterForm form,
			BindingResult errors, Locale locale) {
		var kind = ReportKind.ofId(report).orElseThrow(() -> new NoSuchElementException(report));
		return ReportExport.attachment(export.csv(tables.build(kind, filter(form), locale), locale), kind.id(), "csv",
				ReportExport.CSV);
	}

	@GetMapping("/reports/{report}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String report, @Valid @ModelAttribute("filter") ReportFilterForm form,
			BindingResult errors, Locale locale) {
		var kind = ReportKind.ofId(report).orElseThrow(() -> new NoSuchElementException(report));
		return ReportExport.attachment(export.xlsx(tables.build(kind, filter(form), locale), locale), kind.id(), "xlsx",
				ReportExport.XLSX);
	}

	private static ReportFilter filter(ReportFilterForm form) {
		return form.toFilter(LocalDate.now());
	}

	/**
	 * The filter as a query string, rebuilt from what was understood, for the sections
	 * and the export links.
	 */
	private static String query(ReportFilter filter) {
		var uri = UriComponentsBuilder.newInstance().queryParam("from", filter.from()).queryParam("to", filter.to());
		filter.programmes().forEach(p -> uri.queryParam("programme", p));
		if (!filter.language().isEmpty()) {
			uri.queryParam("language", filter.language());
		}
		if (!filter.sector().isEmpty()) {
			uri.queryParam("sector", filter.sector());
		}
		if (filter.organisation() != 0) {
			uri.queryParam("organisation", filter.organisation());
		}
		if (filter.weekly()) {
			uri.queryParam("per", "week");
		}
		return uri.build().encode().toUriString();
	}

}
