package org.traject.agenda.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.traject.agenda.internal.CalendarFeeds;
import org.traject.agenda.internal.ReminderSettings;
import org.traject.people.AccountPageSection;
import org.traject.people.CurrentUser;

/**
 * On the account page: reminders on or off, and the personal calendar address with its
 * renewal.
 */
@Component
class AgendaAccountSection implements AccountPageSection {

	private final ReminderSettings settings;

	private final CalendarFeeds feeds;

	AgendaAccountSection(ReminderSettings settings, CalendarFeeds feeds) {
		this.settings = settings;
		this.feeds = feeds;
	}

	@Override
	public String fragment() {
		return "agenda/account :: agenda";
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		Map<String, Object> model = new HashMap<>();
		model.put("wantsReminders", settings.wantsReminders(user.personId()));
		model.put("feedUrl",
				feeds.tokenOf(user.personId())
					.map(token -> ServletUriComponentsBuilder.fromCurrentContextPath()
						.path("/calendar/{token}.ics")
						.buildAndExpand(token)
						.toUriString())
					.orElse(null));
		return model;
	}

}
