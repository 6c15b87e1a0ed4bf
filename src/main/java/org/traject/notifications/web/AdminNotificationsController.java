package org.traject.notifications.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.traject.web.Flash;
import org.traject.notifications.internal.OutgoingEmails;
import org.traject.web.ProviderTimeZone;

/** Emails that have not gone out: what failed, what waits, and a way to try again now. */
@Controller
@RequestMapping("/admin/notifications")
@PreAuthorize("hasRole('ADMIN')")
class AdminNotificationsController {

	private static final int PAGE_SIZE = 25;

	private final OutgoingEmails emails;

	private final ProviderTimeZone timeZone;

	AdminNotificationsController(OutgoingEmails emails, ProviderTimeZone timeZone) {
		this.emails = emails;
		this.timeZone = timeZone;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		var counts = emails.undeliveredCounts();
		var paging = Paging.of(page, PAGE_SIZE, counts.pending() + counts.failed());
		model.addAttribute("emails", emails.undelivered(paging.offset(), paging.size()));
		model.addAttribute("paging", paging);
		model.addAttribute("zone", timeZone.zone());
		return "notifications/admin";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, @RequestParam(defaultValue = "1") int page, RedirectAttributes redirect) {
		if (emails.retryNow(id)) {
			Flash.success("notifications.admin.retried");
		}
		else {
			Flash.error("notifications.admin.notRetryable");
		}
		redirect.addAttribute("page", page);
		return "redirect:/admin/notifications";
	}

}
