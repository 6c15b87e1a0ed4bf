package org.traject.notifications.web;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.traject.notifications.internal.OutgoingEmails;
import org.traject.web.ProviderTimeZone;

/**
 * The development mailbox: every email Traject wrote, as its recipient would see it.
 * Administrators only ({@code /dev/**}); the route does not exist in the {@code prod}
 * profile.
 */
@Controller
@Profile("!prod")
@RequestMapping("/dev/mailbox")
class DevMailboxController {

	private static final int PAGE_SIZE = 25;

	/**
	 * The email's HTML runs in a sandbox of its own: no scripts, no forms, no requests to
	 * anywhere, only its inline styles; and only this application may frame it. Spring
	 * Security still sends {@code X-Frame-Options: DENY}, which browsers ignore when a
	 * policy names {@code frame-ancestors} (CSP level 2), so the frame shows.
	 */
	static final String EMAIL_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; "
			+ "img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

	private final OutgoingEmails emails;

	private final ProviderTimeZone timeZone;

	DevMailboxController(OutgoingEmails emails, ProviderTimeZone timeZone) {
		this.emails = emails;
		this.timeZone = timeZone;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		var paging = Paging.of(page, PAGE_SIZE, emails.count());
		model.addAttribute("emails", emails.newest(paging.offset(), paging.size()));
		model.addAttribute("paging", paging);
		model.addAttribute("zone", timeZone.zone());
		return "notifications/mailbox";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("email", find(id));
		model.addAttribute("zone", timeZone.zone());
		return "notifications/mailbox-email";
	}

	/** The HTML body, for the sandboxed frame on the email's page. */
	@GetMapping("/{id}/html")
	ResponseEntity<String> html(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", EMAIL_CONTENT_SECURITY_POLICY)
			.body(find(id).html());
	}

	@GetMapping("/{id}/attachment")
	ResponseEntity<byte[]> attachment(@PathVariable long id) {
		var attachment = find(id).attachment();
		if (attachment == null) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(attachment.content());
	}

	private OutgoingEmails.StoredEmail find(long id) {
		return emails.find(id)
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
	}

}
