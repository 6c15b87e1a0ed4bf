package org.traject.cohorts.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.traject.cohorts.CohortOverview;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.web.SupportedLanguages;

/**
 * What the secretary's cohort page and its roster fragment show: the roster, when the
 * go-ahead decision is due, people found to enrol and the languages a new person can be
 * given. The page and every roster action's in-place answer fill it the same way.
 */
@Component
class CohortPage {

	private final EnrolmentAdministration administration;

	CohortPage(EnrolmentAdministration administration) {
		this.administration = administration;
	}

	void fill(long cohortId, @Nullable String query, Locale locale, Model model) {
		var roster = administration.roster(cohortId);
		model.addAttribute("roster", roster);
		model.addAttribute("decisionDueFrom", roster.cohort().startDate().minus(CohortOverview.DECISION_WINDOW));
		model.addAttribute("q", query == null ? "" : query);
		model.addAttribute("found", query == null || query.isBlank() ? List.of() : administration.findPeople(query));
		model.addAttribute("languages", List.of("nl", "da", "en"));
		model.addAttribute("defaultLanguage", SupportedLanguages.closest(locale).getLanguage());
	}

	/**
	 * Reached from an item on the start page ({@code from=start}): the action taken here
	 * returns there.
	 */
	static boolean cameFromStart(HttpServletRequest request) {
		return "start".equals(request.getParameter("from"));
	}

}
