package org.traject.notifications.mapping;

import java.time.Duration;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SignUpForExistingAccount;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.people.People;

/**
 * {@link SignUpForExistingAccount} → to the account holder: someone (probably they) tried
 * to sign up with their address; where they stand in the cohort if signed up already; and
 * what to do next: sign in, or choose the password they never chose (with a fresh link).
 * The visitor's page said only "check your email", as for a new address.
 * <p>
 * For an account with a password, at most one such email per cohort and hour (the hour is
 * part of the event id); for one without, each email carries a new link, and the people
 * module sends at most a few links an hour.
 */
@Component
class SignUpForExistingAccountEmail {

	private final EmailOutbox outbox;

	private final People people;

	private final Cohorts cohorts;

	private final Catalogue catalogue;

	SignUpForExistingAccountEmail(EmailOutbox outbox, People people, Cohorts cohorts, Catalogue catalogue) {
		this.outbox = outbox;
		this.people = people;
		this.cohorts = cohorts;
		this.catalogue = catalogue;
	}

	@ApplicationModuleListener
	void on(SignUpForExistingAccount event) {
		var person = people.findById(event.personId()).orElse(null);
		var cohort = cohorts.find(event.cohortId()).orElse(null);
		var programme = catalogue.find(event.programmeId()).orElse(null);
		if (person == null || cohort == null || programme == null) {
			return;
		}
		var reminder = people.remindExistingAccount(event.personId());
		if (reminder.kind() == People.ExistingAccountReminder.Kind.NONE) {
			return;
		}
		boolean choosePassword = reminder.kind() == People.ExistingAccountReminder.Kind.CHOOSE_PASSWORD;
		long hour = event.attemptedAt().getEpochSecond() / Duration.ofHours(1).toSeconds();
		String eventId = choosePassword ? "account-token-" + reminder.tokenId()
				: "signup-" + event.personId() + "-" + event.cohortId() + "-" + hour;
		var email = Email.of("signup-existing-account", eventId)
			.to(person.email(), person.preferredLanguage())
			.subjectArguments(programme.title())
			.with("name", person.displayName())
			.with("programme", programme.title())
			.with("cohort", cohort.code())
			.with("status", event.status() == null ? "NONE" : event.status().name())
			.with("position", event.waitlistPosition() == null ? 0 : event.waitlistPosition())
			.with("choosePassword", choosePassword)
			.with("validDays", People.EMAIL_CONFIRMATION_VALIDITY.toDays())
			.link("requestLink", "/account/password-reset");
		if (choosePassword) {
			email.link("actionLink", reminder.choosePasswordPath());
		}
		else if (event.enrolmentId() != null) {
			email.link("actionLink", "/my/enrolments/" + event.enrolmentId());
		}
		else {
			email.link("actionLink", "/my/signup/" + event.cohortId());
		}
		outbox.queue(email.build());
	}

}
