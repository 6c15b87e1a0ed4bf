package org.traject.cohorts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.web.Htmx;

/**
 * The course secretary's console pages: all cohorts with their counts, one cohort with
 * its roster and waitlist, and one enrolment's history. The actions on them are in
 * {@link RosterActionsController}, the downloads in {@link RosterExportController}.
 */
@Controller
class SecretaryConsoleController {

	static final int PAGE_SIZE = 25;

	private final EnrolmentAdministration administration;

	private final CohortPage page;

	SecretaryConsoleController(EnrolmentAdministration administration, CohortPage page) {
		this.administration = administration;
		this.page = page;
	}

	/**
	 * The overview of all cohorts: filtered, searched, sorted and paged by the database
	 * (one statement for the page, one for the programme filter), its filter in the URL.
	 * With htmx the same URL answers with the results only.
	 */
	@GetMapping("/secretary/cohorts")
	String cohorts(CohortFilter filter, HttpServletRequest request, Model model) {
		var result = administration.overviewPage(filter.toQuery(), PAGE_SIZE);
		long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("cohorts", result.rows());
		model.addAttribute("total", result.total());
		model.addAttribute("page", filter.pageNumber());
		model.addAttribute("pages", pages);
		model.addAttribute("programmes", administration.programmesWithCohorts());
		model.addAttribute("statuses", CohortStatus.values());
		model.addAttribute("filter", filter);
		return Htmx.view(request, "cohorts/console", "results");
	}

	@GetMapping("/secretary/cohorts/{id}")
	String cohort(@PathVariable long id, @RequestParam(required = false) @Nullable String q, Locale locale,
			HttpServletRequest request, Model model) {
		page.fill(id, q, locale, model);
		model.addAttribute("fromStart", CohortPage.cameFromStart(request));
		return Htmx.view(request, "cohorts/console-cohort", "roster");
	}

	/**
	 * One enrolment of the roster: its history, cancelling and moving it. With htmx the
	 * panel opens inside the roster row; without JavaScript it is a page of its own whose
	 * forms lead back to the roster.
	 */
	@GetMapping("/secretary/cohorts/{id}/enrolments/{enrolmentId}")
	String enrolment(@PathVariable long id, @PathVariable long enrolmentId, HttpServletRequest request, Model model) {
		model.addAttribute("detail", administration.enrolment(id, enrolmentId));
		return Htmx.view(request, "cohorts/console-enrolment", "panel");
	}

}
