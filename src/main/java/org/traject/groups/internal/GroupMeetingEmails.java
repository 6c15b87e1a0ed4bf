package org.traject.groups.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.cohorts.CohortRoster;
import org.traject.cohorts.Cohorts;
import org.traject.notifications.Attachment;
import org.traject.notifications.CalendarFile;
import org.traject.notifications.CalendarSession;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.people.People;
import org.traject.web.Formats;

/**
 * The emails about a group meeting, one for each member and one for the facilitator, each
 * in its reader's language with the time in the cohort's zone, queued in the transaction
 * that plans or removes the meeting (so none is lost or sent for a change that rolled
 * back). A planned meeting carries a calendar file; a removed one a cancellation of the
 * same entry ({@code UID group-meeting-<id>@traject}, as in the calendar feed).
 * <p>
 * The outbox keeps one email per event, kind and recipient, so a retried transaction or a
 * second call never sends one twice. Who receives it is decided when it happens: the
 * group's members with a confirmed place and its facilitator at that moment. Someone who
 * joins later is not written to about meetings planned before (the group page and their
 * calendar feed show them); someone taken out of the group or erased is no longer a
 * member and gets nothing. Meetings that have already ended are planned or removed
 * without email: that is a record being corrected, not news.
 */
@Component
class GroupMeetingEmails {

	static final String PLANNED = "group-meeting-planned";

	static final String CANCELLED = "group-meeting-cancelled";

	private static final String TEMPLATE = "groups/email/meeting";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final JdbcClient jdbc;

	private final Cohorts cohorts;

	private final People people;

	private final EmailOutbox outbox;

	GroupMeetingEmails(JdbcClient jdbc, Cohorts cohorts, People people, EmailOutbox outbox) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.people = people;
		this.outbox = outbox;
	}

	/** A meeting as the emails need it; read before a removal deletes it. */
	record MeetingFacts(long id, long groupId, long cohortId, String groupName, Instant startsAt, Instant endsAt,
			String place, @Nullable Long facilitatorId) {
	}

	/** Queues the invitations for a meeting just planned. */
	void planned(long meetingId) {
		find(meetingId).ifPresent(meeting -> send(PLANNED, meeting));
	}

	/** The meetings of a group (or one of them) as they are now, to cancel afterwards. */
	List<MeetingFacts> ofGroup(long groupId) {
		return select("where g.id = :id", groupId);
	}

	java.util.Optional<MeetingFacts> find(long meetingId) {
		return select("where m.id = :id", meetingId).stream().findFirst();
	}

	/** Queues the cancellations for a meeting about to be removed. */
	void cancelled(MeetingFacts meeting) {
		send(CANCELLED, meeting);
	}

	private List<MeetingFacts> select(String where, long id) {
		return jdbc.sql("""
				select m.id, m.group_id, g.cohort_id, g.name, m.starts_at, m.ends_at, m.place, g.facilitator_person_id
				from cohort_group_meeting m join cohort_group g on g.id = m.group_id
				""" + where + " order by m.starts_at")
			.param("id", id)
			.query((row, n) -> new MeetingFacts(row.getLong("id"), row.getLong("group_id"), row.getLong("cohort_id"),
					row.getString("name"), row.getTimestamp("starts_at").toInstant(),
					row.getTimestamp("ends_at").toInstant(), row.getString("place"),
					row.getObject("facilitator_person_id", Long.class)))
			.list();
	}

	private void send(String kind, MeetingFacts meeting) {
		if (!meeting.endsAt().isAfter(Instant.now())) {
			return;
		}
		CohortRoster roster = cohorts.roster(meeting.cohortId());
		Set<Long> confirmed = new LinkedHashSet<>();
		roster.confirmed().forEach(p -> confirmed.add(p.personId()));
		List<Long> recipients = new ArrayList<>(
				jdbc.sql("select person_id from cohort_group_member where group_id = :group order by person_id")
					.param("group", meeting.groupId())
					.query(Long.class)
					.list()
					.stream()
					.filter(confirmed::contains)
					.toList());
		if (meeting.facilitatorId() != null && !recipients.contains(meeting.facilitatorId())) {
			recipients.add(meeting.facilitatorId());
		}
		ZoneId zone = roster.cohort().zone();
		var session = new CalendarSession("group-meeting-" + meeting.id() + "@traject",
				meeting.groupName() + " (" + roster.programme().title() + ")", meeting.startsAt().atZone(zone),
				meeting.endsAt().atZone(zone), meeting.place());
		Attachment calendar = PLANNED.equals(kind) ? CalendarFile.attachment("group-meeting.ics", List.of(session))
				: CalendarFile.cancellation("group-meeting.ics", List.of(session));
		for (var person : people.findAllById(recipients).values()) {
			Locale language = Locale.forLanguageTag(person.preferredLanguage());
			ZonedDateTime start = session.start();
			ZonedDateTime end = session.end();
			String until = start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end)
					: Formats.longDateTime(end, language);
			outbox.queue(Email.of(kind, kind + "-" + meeting.id())
				.to(person.email(), person.preferredLanguage())
				.subjectKey("groups.email." + kind + ".subject")
				.subjectArguments(meeting.groupName(), Formats.longDate(start, language))
				.template(TEMPLATE)
				.with("name", person.displayName())
				.with("group", meeting.groupName())
				.with("programme", roster.programme().title())
				.with("day", Formats.longDate(start, language))
				.with("from", Formats.longDateTime(start, language))
				.with("until", until)
				.with("zone", zone.getId())
				.with("online", isLink(meeting.place()))
				.with("place", meeting.place())
				.link("groupLink", "/my/groups/" + meeting.groupId())
				.attach(calendar)
				.build());
		}
	}

	/** A place that is a web address is the meeting's link. */
	static boolean isLink(String place) {
		String lower = place.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("https://") || lower.startsWith("http://");
	}

}
