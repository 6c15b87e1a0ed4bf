package org.traject.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.traject.notifications.Email;

/**
 * Every email Traject sends, rendered in every language with the names real data has (a
 * cohort called "Hold 2027-3", a link valid for 1 day), reads as a person wrote it: no
 * word twice in a row, no unfilled placeholder, no "1 days".
 */
class EveryEmailReadsWellTest {

	private static final Pattern DOUBLED_WORD = Pattern.compile("(?iu)(?<![\\p{L}\\d])(\\p{L}+)\\s+\\1(?![\\p{L}\\d])");

	private static final Pattern ONE_AND_A_PLURAL = Pattern
		.compile("(?u)(?<![\\d.,])1 (days|dagen|dage|minutes|minuten|minutter|hours|timer)\\b");

	/**
	 * The kinds sent through the enrolment-update template, with the subject's arguments
	 * they use.
	 */
	private static final List<String> UPDATE_KINDS = List.of("enrolment-confirmed", "enrolment-waitlisted",
			"seat-offered", "offer-expired", "approval-requested", "approval-pending", "approval-declined",
			"approval-expired", "enrolment-cancelled", "interest-confirmation", "interest-invitation",
			"feedback-invitation", "cohort-goes-ahead", "waitlist-position-changed", "programme-completed");

	/**
	 * Cohorts are named with their own word for "cohort" in front, as secretaries and the
	 * demo data do.
	 */
	private static final Map<String, String> COHORT = Map.of("en", "Cohort 2027-1", "nl", "Groep 2027 A", "da",
			"Hold 2027-3");

	private static final Pattern NULL_WORD = Pattern.compile("\\bnull\\b");

	private final EmailRenderer renderer = new EmailRenderer(messages(),
			new MailSettings("Traject <no-reply@example.org>", "Stichting Leiderschap", "+31 20 123 45 67",
					new MailSettings.Delivery(Duration.ofSeconds(10), 50, 8, Duration.ofSeconds(30),
							Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofSeconds(30))),
			"https://traject.example.org/");

	@ParameterizedTest
	@ValueSource(strings = { "en", "nl", "da" })
	void everyEmailReadsWell(String language) {
		List<String> problems = new ArrayList<>();
		for (Email email : everyEmail(language)) {
			var rendered = renderer.render(email);
			String html = Jsoup.parse(rendered.html()).text();
			for (var part : Map.of("subject", rendered.subject(), "text", rendered.text(), "html", html).entrySet()) {
				String where = language + " " + email.kind() + " " + part.getKey() + ": ";
				var doubled = DOUBLED_WORD.matcher(part.getValue());
				while (doubled.find()) {
					problems.add(where + "\"" + doubled.group() + "\"");
				}
				var plural = ONE_AND_A_PLURAL.matcher(part.getValue());
				while (plural.find()) {
					problems.add(where + "\"" + plural.group() + "\"");
				}
				// "null" as a word: Danish "annulleret" holds the letters
				if (NULL_WORD.matcher(part.getValue()).find()) {
					problems.add(where + "contains null in " + part.getValue());
				}
				for (String unfilled : List.of("??", "{", "}")) {
					if (part.getValue().contains(unfilled)) {
						problems.add(where + "contains " + unfilled + " in " + part.getValue());
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static List<Email> everyEmail(String language) {
		String programme = switch (language) {
			case "nl" -> "Ontwikkeltraject Directeur IKC";
			case "da" -> "Ledertalentudvikling";
			default -> "Leading a learning school";
		};
		List<Email> emails = new ArrayList<>();
		emails.add(Email.of("password-reset", "reset")
			.to("anne@example.org", language)
			.with("name", "Anne Vos")
			.with("validMinutes", 1)
			.link("resetLink", "/account/password-reset/abc")
			.link("requestLink", "/account/password-reset")
			.build());
		emails.add(Email.of("email-confirmation", "confirm")
			.to("anne@example.org", language)
			.with("name", "Anne Vos")
			.with("validDays", 1)
			.link("confirmLink", "/account/confirm/abc")
			.build());
		for (int days : new int[] { 1, 7 }) {
			emails.add(Email.of("data-export-ready", "export-" + days)
				.to("anne@example.org", language)
				.with("name", "Anne Vos")
				.with("validDays", days)
				.link("downloadLink", "/my/privacy/exports/1")
				.link("privacyLink", "/my/privacy")
				.build());
		}
		emails.add(Email.of("inactive-account", "inactive")
			.to("anne@example.org", language)
			.with("name", "Anne Vos")
			.with("eraseOn", "14 March 2027")
			.link("signInLink", "/login")
			.link("privacyLink", "/my/privacy")
			.build());
		emails.add(Email.of("cohort-message", "message")
			.to("anne@example.org", language)
			.subjectArguments("Before the theme day")
			.with("name", "Anne Vos")
			.with("programme", programme)
			.with("programmeLanguage", language)
			.with("cohort", COHORT.get(language))
			.with("bodyHtml", "<p>Please bring the <strong>mapping template</strong>.</p>")
			.with("bodyText", "Please bring the **mapping template**.")
			.with("canReply", true)
			.replyTo("secretariaat@example.org")
			.link("actionLink", "/my/messages")
			.build());
		for (String kind : UPDATE_KINDS) {
			var email = Email.of(kind, kind)
				.template(Email.TEMPLATE_FOLDER + "enrolment-update")
				.to("anne@example.org", language)
				.with("name", kind.startsWith("interest") ? "" : "Anne Vos")
				.with("programme", programme)
				.with("cohort", COHORT.get(language))
				.with("start", "14-03-2027")
				.with("position", 1)
				.with("deadline", "01-03-2027 17:00")
				.with("participant", "Piet Smit")
				.with("manager", "Karin Bos")
				.with("location", "Utrecht")
				.with("reason", "Illness")
				.with("viaApproval", kind.equals("enrolment-confirmed"))
				.link("actionLink", "/my/enrolments/1");
			if (kind.equals("approval-requested")) {
				email.subjectArguments("Piet Smit", programme);
			}
			else if (kind.equals("feedback-invitation")) {
				email.subjectArguments("Piet Smit");
			}
			else {
				email.subjectArguments(programme);
			}
			emails.add(email.build());
		}
		return emails;
	}

	private static ReloadableResourceBundleMessageSource messages() {
		var source = new ReloadableResourceBundleMessageSource();
		source.setBasenames("classpath:messages/notifications", "classpath:messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
