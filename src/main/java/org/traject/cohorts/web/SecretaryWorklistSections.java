package org.traject.cohorts.web;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.traject.web.Flash;
import org.traject.cohorts.CohortOverview;
import org.traject.cohorts.internal.SecretaryWorklist;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/**
 * The cohorts module's part of the secretary's start page: what needs doing now
 * (decisions due, offers about to lapse, approvals waiting, changes since the last visit,
 * waitlists beside a free seat) first, and, after the sessions of the week, interest
 * lists that could fill a new cohort.
 * <p>
 * The two sections repeat the same few lines (a worklist, the secretary's role) on
 * purpose: each is a bean of its own, so the start page can put another module's section
 * between them by its order.
 */
final class SecretaryWorklistSections {

	private SecretaryWorklistSections() {
	}

	@Component
	static class Urgent implements StartPageSection {

		private final SecretaryWorklist worklist;

		Urgent(SecretaryWorklist worklist) {
			this.worklist = worklist;
		}

		@Override
		public Role role() {
			return Role.SECRETARY;
		}

		@Override
		public String fragment() {
			return "cohorts/worklist :: urgent";
		}

		@Override
		public Map<String, Object> model(CurrentUser user) {
			return Map.of("worklist", worklist.forSecretary(user.personId()), "approvalWaitDays",
					CohortOverview.APPROVAL_WAIT.toDays());
		}

		@Override
		public int order() {
			return 10;
		}

	}

	@Component
	static class InterestLists implements StartPageSection {

		private final SecretaryWorklist worklist;

		InterestLists(SecretaryWorklist worklist) {
			this.worklist = worklist;
		}

		@Override
		public Role role() {
			return Role.SECRETARY;
		}

		@Override
		public String fragment() {
			return "cohorts/worklist :: interest";
		}

		@Override
		public Map<String, Object> model(CurrentUser user) {
			return Map.of("lists", worklist.interestListsThatCouldFillACohort());
		}

		@Override
		public int order() {
			return 30;
		}

	}

	/**
	 * "Mark these as seen": the sign-ups and cancellations listed so far drop off the
	 * start page.
	 */
	@Controller
	static class Seen {

		private final SecretaryWorklist worklist;

		Seen(SecretaryWorklist worklist) {
			this.worklist = worklist;
		}

		@PostMapping("/secretary/worklist/seen")
		String markSeen(@AuthenticationPrincipal CurrentUser user) {
			worklist.markSeen(user.personId());
			Flash.success("worklist.changes.markedSeen");
			return "redirect:/secretary";
		}

	}

}
