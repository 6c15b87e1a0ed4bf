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

}
