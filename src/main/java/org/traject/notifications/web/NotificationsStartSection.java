package org.traject.notifications.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.traject.notifications.internal.OutgoingEmails;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/** On the administrator's start page: how many emails failed or wait. */
@Component
class NotificationsStartSection implements StartPageSection {

	private final OutgoingEmails emails;

	NotificationsStartSection(OutgoingEmails emails) {
		this.emails = emails;
	}

	@Override
	public Role role() {
		return Role.ADMIN;
	}

	@Override
	public String fragment() {
		return "notifications/admin :: start-section";
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		return Map.of("counts", emails.undeliveredCounts());
	}

	@Override
	public int order() {
		return 900;
	}

	/**
	 * On the secretary's start page: emails that could not be delivered (an enrolment
	 * confirmation, an offer) mean someone was not told; an administrator sends them
	 * again.
	 */
	@Component
	static class ForSecretary implements StartPageSection {

		private final OutgoingEmails emails;

		ForSecretary(OutgoingEmails emails) {
			this.emails = emails;
		}

		@Override
		public Role role() {
			return Role.SECRETARY;
		}

		@Override
		public String fragment() {
			return "notifications/admin :: secretary-section";
		}

		@Override
		public Map<String, Object> model(CurrentUser user) {
			return Map.of("failed", emails.undeliveredCounts().failed(), "canRetry", user.has(Role.ADMIN));
		}

		@Override
		public int order() {
			return 40;
		}

	}

}
