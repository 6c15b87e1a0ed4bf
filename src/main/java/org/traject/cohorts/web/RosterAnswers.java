package org.traject.cohorts.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.ModelAndView;
import org.traject.web.Flash;
import org.traject.web.Htmx;
import org.traject.web.Refusal;

/**
 * How a roster action answers. With htmx: the roster fragment again, with the message
 * above its rows. Without: a redirect to the cohort page (or back to the start page when
 * the action began there) with the message as a flash message. A refusal leaves
 * everything as it was and says why, in the same place.
 */
@Component
class RosterAnswers {

	private final CohortPage page;

	RosterAnswers(CohortPage page) {
		this.page = page;
	}

	ModelAndView done(long cohortId, HttpServletRequest request, String messageKey, Object... arguments) {
		if (Htmx.isHtmxRequest(request)) {
			var mav = roster(cohortId, "rosterSuccess", messageKey);
			if (arguments.length > 0) {
				mav.addObject("rosterArgs", arguments);
			}
			return mav;
		}
		Flash.success(messageKey, arguments);
		return new ModelAndView(
				CohortPage.cameFromStart(request) ? "redirect:/secretary" : "redirect:/secretary/cohorts/" + cohortId);
	}

	ModelAndView refused(long cohortId, HttpServletRequest request, Refusal refusal) {
		if (Htmx.isHtmxRequest(request)) {
			return roster(cohortId, "rosterError", refusal.messageKey());
		}
		Flash.error(refusal.messageKey(), refusal.arguments());
		return new ModelAndView(
				"redirect:/secretary/cohorts/" + cohortId + (CohortPage.cameFromStart(request) ? "?from=start" : ""));
	}

	private ModelAndView roster(long cohortId, String messageKind, String messageKey) {
		var model = new ExtendedModelMap();
		page.fill(cohortId, null, LocaleContextHolder.getLocale(), model);
		model.addAttribute(messageKind, messageKey);
		return new ModelAndView("cohorts/console-cohort :: roster", model);
	}

}
