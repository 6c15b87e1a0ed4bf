package org.traject.agenda.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.agenda.internal.CalendarFeeds;
import org.traject.agenda.internal.ReminderSettings;
import org.traject.people.CurrentUser;
import org.traject.web.Flash;

/**
 * The person's own reminder setting and calendar address, from the account page. Each
 * person changes only their own: there is no id in these addresses.
 */
@Controller
class AgendaAccountController {

	private final ReminderSettings settings;

	private final CalendarFeeds feeds;

	AgendaAccountController(ReminderSettings settings, CalendarFeeds feeds) {
		this.settings = settings;
		this.feeds = feeds;
	}

	/**
	 * Anything but "true" turns reminders off: a checkbox sends nothing when unticked.
	 */
	@PostMapping("/my/account/reminders")
	String reminders(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "wanted", defaultValue = "false") String wanted) {
		boolean on = "true".equals(wanted);
		settings.setWantsReminders(user.personId(), on);
		Flash.success(on ? "agenda.account.reminders.on" : "agenda.account.reminders.off");
		return "redirect:/my/account#reminders";
	}

	/** Creates the calendar address, or replaces it: the old one stops working. */
	@PostMapping("/my/account/calendar")
	String renewCalendar(@AuthenticationPrincipal CurrentUser user) {
		boolean renewed = feeds.tokenOf(user.personId()).isPresent();
		feeds.renew(user.personId());
		Flash.success(renewed ? "agenda.account.calendar.renewed" : "agenda.account.calendar.created");
		return "redirect:/my/account#calendar";
	}

}
