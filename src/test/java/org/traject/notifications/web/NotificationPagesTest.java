package org.traject.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.notifications.CalendarFile;
import org.traject.notifications.CalendarSession;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.notifications.internal.OutgoingEmails;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * What an administrator sees of the outbox: undelivered emails with "retry now", and the
 * development mailbox.
 */
@IntegrationTest
class NotificationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EmailOutbox outbox;

	@Autowired
	OutgoingEmails outgoing;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmailThatKeepsFailingWaitsForTheAdministratorWhoRetriesIt() throws Exception {
		String recipient = "failing-" + UUID.randomUUID() + "@example.org";
		long id = queue(recipient, null);
		failAttempt(id, 7, "MailConnectException: Couldn't connect to host, port: smtp.example.org, 25");
		assertThat(status(id)).isEqualTo("PENDING");
		assertThat(nextAttempt(id)).isAfter(Instant.now().plusSeconds(20));

		failAttempt(id, 8, "MailConnectException: Couldn't connect to host, port: smtp.example.org, 25");
		assertThat(status(id)).isEqualTo("FAILED");

		String page = asAdmin(get("/admin/notifications").locale(Locale.ENGLISH));
		assertThat(page).contains(recipient)
			.contains("Couldn&#39;t connect to host")
			.contains("Failed")
			.contains("action=\"/admin/notifications/" + id + "/retry\"");

		MvcResult retried = mvc
			.perform(post("/admin/notifications/" + id + "/retry").param("page", "1")
				.with(csrf())
				.with(user(users.loadUserByUsername(DemoUsers.ADMIN))))
			.andReturn();

		assertThat(retried.getResponse().getRedirectedUrl()).isEqualTo("/admin/notifications?page=1");
		assertThat(retried.getFlashMap().get("flashSuccess")).isEqualTo("notifications.admin.retried");
		assertThat(status(id)).isIn("PENDING", "SENDING", "MAILBOX");
		assertThat(nextAttempt(id)).isBefore(Instant.now().plusSeconds(1));
	}

	@Test
	void anEmailThatWentOutCannotBeRetried() throws Exception {
		long id = queue("sent-" + UUID.randomUUID() + "@example.org", null);
		jdbc.sql("update outgoing_email set status = 'SENT', delivered_at = now() where id = :id")
			.param("id", id)
			.update();

		MvcResult retried = mvc
			.perform(post("/admin/notifications/" + id + "/retry").with(csrf())
				.with(user(users.loadUserByUsername(DemoUsers.ADMIN))))
			.andReturn();

		assertThat(retried.getFlashMap().get("flashError")).isEqualTo("notifications.admin.notRetryable");
		assertThat(status(id)).isEqualTo("SENT");
	}

	@Test
	void theMailboxShowsEachEmailWithItsHtmlInASandboxAndItsAttachment() throws Exception {
		String recipient = "mailbox-" + UUID.randomUUID() + "@example.org";
		ZoneId copenhagen = ZoneId.of("Europe/Copenhagen");
		var session = new CalendarSession("s-1@traject", "Temadag",
				ZonedDateTime.of(2027, 9, 1, 9, 0, 0, 0, copenhagen),
				ZonedDateTime.of(2027, 9, 1, 15, 0, 0, 0, copenhagen), "Odense");
		long id = queue(recipient, CalendarFile.attachment("temadag.ics", List.of(session)));

		assertThat(asAdmin(get("/dev/mailbox").locale(Locale.ENGLISH))).contains(recipient)
			.contains("Choose a new password for Traject")
			.contains("href=\"/dev/mailbox/" + id + "\"");
		assertThat(asAdmin(get("/dev/mailbox/" + id).locale(Locale.ENGLISH))).contains("Hello Pia Holm,")
			.contains("<iframe class=\"email-frame\" sandbox=\"\" src=\"/dev/mailbox/" + id + "/html\"")
			.contains("Download temadag.ics");

		var html = mvc
			.perform(get("/dev/mailbox/" + id + "/html").with(user(users.loadUserByUsername(DemoUsers.ADMIN))))
			.andReturn()
			.getResponse();
		assertThat(html.getHeader("Content-Security-Policy")).startsWith("sandbox;")
			.contains("default-src 'none'")
			.contains("frame-ancestors 'self'");
		assertThat(html.getContentAsString(StandardCharsets.UTF_8)).contains("Hello Pia Holm,");

		var attachment = mvc
			.perform(get("/dev/mailbox/" + id + "/attachment").with(user(users.loadUserByUsername(DemoUsers.ADMIN))))
			.andReturn()
			.getResponse();
		assertThat(attachment.getHeader("Content-Disposition")).startsWith("attachment").contains("temadag.ics");
		assertThat(attachment.getContentAsString(StandardCharsets.UTF_8)).contains("SUMMARY:Temadag");
	}

	@Test
	void theAdministratorsStartPageCountsUndeliveredEmails() throws Exception {
		assertThat(asAdmin(get("/admin").locale(Locale.ENGLISH))).contains("Notifications")
			.contains("href=\"/admin/notifications\"");
	}

	private long queue(String recipient, org.traject.notifications.Attachment attachment) {
		String eventId = UUID.randomUUID().toString();
		transactions.executeWithoutResult(tx -> {
			var email = Email.of("password-reset", eventId)
				.to(recipient, "en")
				.with("name", "Pia Holm")
				.with("validMinutes", 60)
				.link("resetLink", "/account/password-reset/example")
				.link("requestLink", "/account/password-reset");
			if (attachment != null) {
				email.attach(attachment);
			}
			outbox.queue(email.build());
		});
		return jdbc.sql("select id from outgoing_email where event_id = :e")
			.param("e", eventId)
			.query(Long.class)
			.single();
	}

	/**
	 * Plays a worker that claimed the email and failed to send it, on attempt number
	 * {@code attempt} of 8.
	 */
	private void failAttempt(long id, int attempt, String error) {
		jdbc.sql("""
				update outgoing_email set status = 'SENDING', claimed_by = 'test-worker',
				       claimed_until = now() + interval '5 minutes', attempts = :attempt
				where id = :id""").param("attempt", attempt).param("id", id).update();
		outgoing.markFailed(id, "test-worker", error, 8, Duration.ofSeconds(30));
	}

	private String status(long id) {
		return jdbc.sql("select status from outgoing_email where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private Instant nextAttempt(long id) {
		return jdbc.sql("select next_attempt_at from outgoing_email where id = :id")
			.param("id", id)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

	private String asAdmin(RequestBuilder request) throws Exception {
		var builder = (org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request;
		return mvc.perform(builder.with(user(users.loadUserByUsername(DemoUsers.ADMIN))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
