package org.traject.coaching.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.traject.coaching.internal.Appointments.AppointmentView;
import org.traject.notifications.CalendarFile;
import org.traject.notifications.CalendarSession;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.people.People;
import org.traject.web.Formats;

/**
 * The emails about an appointment, one for the participant and one for the coach, queued
 * in the transaction of the change (so none is lost or sent for a change that rolled
 * back); a booking or a new time carries a calendar file whose entry a second file
 * updates.
 */
@Component
class AppointmentEmails {

	private static final String TEMPLATE = "coaching/email/appointment";

	private final EmailOutbox outbox;

	private final People people;

	private final CoachProfiles profiles;

	AppointmentEmails(EmailOutbox outbox, People people, CoachProfiles profiles) {
		this.outbox = outbox;
		this.people = people;
		this.profiles = profiles;
	}

	void booked(AppointmentView appointment, String occurrence) {
		send("coaching-booked", appointment, occurrence, true);
	}

	void rescheduled(AppointmentView appointment, String occurrence) {
		send("coaching-rescheduled", appointment, occurrence, true);
	}

	void cancelled(AppointmentView appointment, String occurrence) {
		send("coaching-cancelled", appointment, occurrence, false);
	}

	private void send(String kind, AppointmentView a, String occurrence, boolean calendar) {
		ZoneId zone = ZoneId.of(profiles.zones(List.of(a.coachId())).getOrDefault(a.coachId(), "UTC"));
		var persons = people.findAllById(List.of(a.participantId(), a.coachId()));
		var participant = persons.get(a.participantId());
		var coach = persons.get(a.coachId());
		if (participant == null || coach == null) {
			return;
		}
		queue(kind, a, occurrence, calendar, zone, participant, coach.displayName(),
				"/my/coaching/appointments/" + a.id());
		queue(kind, a, occurrence, calendar, zone, coach, participant.displayName(), "/coach/appointments");
	}

	private void queue(String kind, AppointmentView a, String occurrence, boolean calendar, ZoneId zone,
			People.PersonView recipient, String otherName, String link) {
		Locale language = Locale.forLanguageTag(recipient.preferredLanguage());
		var email = Email.of(kind, "coaching-" + occurrence)
			.to(recipient.email(), recipient.preferredLanguage())
			.subjectKey("coaching.email." + kind + ".subject")
			.subjectArguments(otherName)
			.template(TEMPLATE)
			.with("name", recipient.displayName())
			.with("kind", kind)
			.with("other", otherName)
			.with("programme", a.programmeTitle())
			.with("when", Formats.longDateTime(a.startsAt().atZone(zone), language) + " (" + zone.getId() + ")")
			.with("minutes", java.time.Duration.between(a.startsAt(), a.endsAt()).toMinutes())
			.with("online", a.mode() == org.traject.coaching.MeetingMode.ONLINE)
			.with("place", a.place())
			.link("actionLink", link);
		if (calendar) {
			email.attach(CalendarFile.attachment("coaching.ics",
					List.of(new CalendarSession("coaching-" + a.id() + "@traject",
							a.programmeTitle() + ": " + otherName, a.startsAt().atZone(zone), a.endsAt().atZone(zone),
							a.place()))));
		}
		outbox.queue(email.build());
	}

}
