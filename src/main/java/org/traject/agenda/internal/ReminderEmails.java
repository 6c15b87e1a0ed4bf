package org.traject.agenda.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.Cohorts;
import org.traject.materials.MaterialView;
import org.traject.materials.Materials;
import org.traject.notifications.CalendarFile;
import org.traject.notifications.CalendarSession;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.people.People;
import org.traject.web.Formats;
import org.traject.web.SupportedLanguages;

/**
 * The reminder emails, all through one template ({@code agenda/email/reminder}) whose
 * texts differ by kind. Called by {@link Reminders} inside the transaction that records
 * the reminder as sent; the outbox joins it. The event id of each email is the occasion,
 * so the outbox would not queue it twice either.
 */
@Component
class ReminderEmails {

	static final String TEMPLATE = "agenda/email/reminder";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final EmailOutbox outbox;

	private final People people;

	private final Catalogue catalogue;

	private final Cohorts cohorts;

	private final Materials materials;

	ReminderEmails(EmailOutbox outbox, People people, Catalogue catalogue, Cohorts cohorts, Materials materials) {
		this.materials = materials;
		this.outbox = outbox;
		this.people = people;
		this.catalogue = catalogue;
		this.cohorts = cohorts;
	}

	void session(Reminders.SessionDue due) {
		var person = people.findById(due.personId()).orElseThrow();
		var programme = catalogue.find(due.programmeId()).orElseThrow();
		Locale language = language(person.preferredLanguage());
		ZoneId zone = ZoneId.of(due.timeZone());
		String place = due.location() != null ? due.location() : "";
		outbox.queue(base("session-reminder", "reminder-session-" + due.sessionId(), person)
			.subjectArguments(programme.title(), Formats.longDate(due.startsAt().atZone(zone), language))
			.with("programme", programme.title())
			.with("title", due.title())
			.with("cohort", due.cohortCode())
			.with("when", when(due.startsAt(), due.endsAt(), zone, language))
			.with("place", place)
			.with("online", due.online() && place.isBlank())
			.with("preparation", due.preparation())
			.with("materials",
					materials.ofCohort(due.programmeId(), due.cohortId()).stream().map(MaterialView::title).toList())
			.link("materialsLink", "/my#materials")
			.link("actionLink", "/my/enrolments/" + due.enrolmentId())
			.attach(CalendarFile.attachment("session.ics",
					List.of(new CalendarSession(CalendarFeeds.sessionUid(due.sessionId()),
							programme.title() + ": " + due.title(), due.startsAt().atZone(zone),
							due.endsAt().atZone(zone), place.isBlank() ? null : place))))
			.build());
	}

	void offer(Reminders.OfferDue due) {
		var person = people.findById(due.personId()).orElseThrow();
		var programme = catalogue.find(due.programmeId()).orElseThrow();
		var cohort = cohorts.find(due.cohortId()).orElseThrow();
		Locale language = language(person.preferredLanguage());
		outbox.queue(
				base("offer-reminder", "reminder-offer-" + due.enrolmentId() + "-" + due.expiresAt().getEpochSecond(),
						person)
					.subjectArguments(programme.title())
					.with("programme", programme.title())
					.with("cohort", cohort.code())
					.with("deadline", Formats.longDateTime(due.expiresAt().atZone(cohort.zone()), language))
					.link("actionLink", "/my/enrolments/" + due.enrolmentId())
					.build());
	}

	/**
	 * To the manager, in the participant's language (the manager has no account to have
	 * one of their own).
	 */
	void approval(Reminders.ApprovalDue due) {
		var participant = people.findById(due.personId()).orElseThrow();
		var programme = catalogue.find(due.programmeId()).orElseThrow();
		var cohort = cohorts.find(due.cohortId()).orElseThrow();
		Locale language = language(participant.preferredLanguage());
		outbox.queue(Email.of("approval-reminder", "reminder-approval-" + due.enrolmentId() + "-manager")
			.template(TEMPLATE)
			.subjectKey("agenda.email.approval-reminder.subject")
			.to(due.managerEmail(), participant.preferredLanguage())
			.subjectArguments(participant.displayName(), programme.title())
			.with("kind", "approval-reminder")
			.with("name", due.managerName())
			.with("participant", participant.displayName())
			.with("programme", programme.title())
			.with("cohort", cohort.code())
			.with("deadline", Formats.longDateTime(due.expiresAt().atZone(cohort.zone()), language))
			.build());
	}

	void measurement(Reminders.MeasurementDue due) {
		var person = people.findById(due.personId()).orElseThrow();
		var programme = catalogue.find(due.programmeId()).orElseThrow();
		Locale language = language(person.preferredLanguage());
		outbox.queue(base("measurement-reminder", "reminder-measurement-" + due.enrolmentId(), person)
			.subjectArguments(programme.title())
			.with("programme", programme.title())
			.with("when", Formats.longDate(due.firstSession().atZone(ZoneId.of(due.timeZone())), language))
			.link("actionLink", "/my/measurements")
			.build());
	}

	void appointment(Reminders.AppointmentDue due) {
		appointmentReminder(due, false);
	}

	/**
	 * The coach's reminder of the same appointment, in the coach's language, with the
	 * participant's name (which the coach already sees on their appointments page) and
	 * the place or meeting link.
	 */
	void coachAppointment(Reminders.AppointmentDue due) {
		appointmentReminder(due, true);
	}

	/**
	 * An appointment's reminder to one side (the participant, or the coach), in its
	 * reader's language and naming the other side, with the appointment as a calendar
	 * file.
	 */
	private void appointmentReminder(Reminders.AppointmentDue due, boolean toCoach) {
		var persons = people.findAllById(List.of(due.participantId(), due.coachId()));
		var participant = persons.get(due.participantId());
		var coach = persons.get(due.coachId());
		if (participant == null || coach == null) {
			return;
		}
		var reader = toCoach ? coach : participant;
		var other = toCoach ? participant : coach;
		var programme = catalogue.find(due.programmeId()).orElseThrow();
		Locale language = language(reader.preferredLanguage());
		ZoneId zone = ZoneId.of(due.timeZone());
		var email = toCoach ? base("coach-appointment-reminder", "reminder-coach-" + due.occasion(), coach)
				: base("appointment-reminder",
						"reminder-appointment-" + due.appointmentId() + "-" + due.startsAt().getEpochSecond(),
						participant);
		outbox.queue(email.subjectArguments(other.displayName())
			.with("programme", programme.title())
			.with(toCoach ? "participant" : "coach", other.displayName())
			.with("when", when(due.startsAt(), due.endsAt(), zone, language))
			.with("place", due.place())
			.with("online", "ONLINE".equals(due.mode()))
			.link("actionLink", toCoach ? "/coach/appointments" : "/my/coaching/appointments/" + due.appointmentId())
			.attach(CalendarFile.attachment("coaching.ics",
					List.of(new CalendarSession(CalendarFeeds.appointmentUid(due.appointmentId()),
							programme.title() + ": " + other.displayName(), due.startsAt().atZone(zone),
							due.endsAt().atZone(zone), due.place()))))
			.build());
	}

	private static Email.Builder base(String kind, String eventId, People.PersonView person) {
		return Email.of(kind, eventId)
			.template(TEMPLATE)
			.subjectKey("agenda.email." + kind + ".subject")
			.to(person.email(), person.preferredLanguage())
			.with("kind", kind)
			.with("name", person.displayName())
			.link("settingsLink", "/my/account#reminders");
	}

	/** "14 maart 2027 09:30–16:30 (Europe/Amsterdam)". */
	static String when(Instant start, Instant end, ZoneId zone, Locale language) {
		return Formats.longDateTime(start.atZone(zone), language) + "–" + TIME.format(end.atZone(zone)) + " ("
				+ zone.getId() + ")";
	}

	private static Locale language(String tag) {
		return SupportedLanguages.closest(Locale.forLanguageTag(tag));
	}

}
