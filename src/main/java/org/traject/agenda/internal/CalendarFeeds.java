package org.traject.agenda.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.Catalogue;
import org.traject.people.People;
import org.traject.people.Role;

/**
 * Personal calendar feeds: the secret address of each person who asked for one, and the
 * iCalendar text behind it. An entry's UID is the same as in the emails' calendar files,
 * so a calendar that imported a file and subscribes to the feed holds the session once;
 * SEQUENCE and LAST-MODIFIED grow when it moves.
 */
@Component
public class CalendarFeeds {

	/** How far back a feed reaches: a calendar keeps what it already has. */
	static final Duration PAST = Duration.ofDays(90);

	/**
	 * At most this many entries per feed (a secretary's holds every cohort's sessions).
	 */
	static final int LIMIT = 2000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final People people;

	private final Catalogue catalogue;

	CalendarFeeds(JdbcClient jdbc, People people, Catalogue catalogue) {
		this.jdbc = jdbc;
		this.people = people;
		this.catalogue = catalogue;
	}

	static String sessionUid(long sessionId) {
		return "traject-session-" + sessionId + "@traject";
	}

	static String appointmentUid(long appointmentId) {
		return "coaching-" + appointmentId + "@traject";
	}

	/** The person's secret token, when they have asked for a calendar address. */
	@Transactional(readOnly = true)
	public Optional<String> tokenOf(long personId) {
		return jdbc.sql("select token from calendar_feed where person_id = :person")
			.param("person", personId)
			.query(String.class)
			.optional();
	}

	/**
	 * A new secret address for the person; the previous one, if any, stops working at
	 * once.
	 */
	@Transactional
	public String renew(long personId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into calendar_feed (person_id, token, created_at) values (:person, :token, now())
				on conflict (person_id) do update set token = excluded.token, created_at = excluded.created_at""")
			.param("person", personId)
			.param("token", token)
			.update();
		return token;
	}

	/** The calendar behind a secret address; empty for an unknown or renewed one. */
	@Transactional(readOnly = true)
	public Optional<byte[]> feed(String token, Instant now) {
		if (token.length() < 40 || token.length() > 64) {
			return Optional.empty();
		}
		return jdbc.sql("select person_id from calendar_feed where token = :token")
			.param("token", token)
			.query(Long.class)
			.optional()
			.flatMap(people::findById)
			.map(person -> render(entries(person, now), person.displayName()));
	}

	/** One entry of a feed. */
	record Entry(String uid, String summary, Instant startsAt, Instant endsAt, @Nullable String location, int sequence,
			Instant changedAt) {
	}

	List<Entry> entries(People.PersonView person, Instant now) {
		Timestamp from = Timestamp.from(now.minus(PAST));
		record SessionRow(long sessionId, long programmeId, String cohortCode, String title, Instant startsAt,
				Instant endsAt, @Nullable String location, int sequence, Instant changedAt) {
		}
		List<SessionRow> sessions = new ArrayList<>();
		var mapper = (org.springframework.jdbc.core.RowMapper<SessionRow>) (rs, n) -> new SessionRow(
				rs.getLong("session_id"), rs.getLong("programme_id"), rs.getString("cohort_code"),
				rs.getString("title"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				rs.getString("location"), rs.getInt("sequence"), rs.getTimestamp("changed_at").toInstant());
		boolean staff = person.roles().contains(Role.SECRETARY) || person.roles().contains(Role.ADMIN);
		if (staff) {
			sessions.addAll(jdbc.sql("""
					select s.session_id, s.programme_id, s.cohort_code, s.title, s.starts_at, s.ends_at, s.location,
					       s.sequence, s.changed_at
					from session_schedule s
					where s.starts_at >= :from
					order by s.starts_at, s.session_id limit :limit""")
				.param("from", from)
				.param("limit", LIMIT)
				.query(mapper)
				.list());
		}
		else {
			sessions.addAll(jdbc.sql("""
					select s.session_id, s.programme_id, s.cohort_code, s.title, s.starts_at, s.ends_at, s.location,
					       s.sequence, s.changed_at
					from session_schedule s
					join confirmed_place p on p.cohort_id = s.cohort_id
					where p.person_id = :person and s.starts_at >= :from
					order by s.starts_at, s.session_id limit :limit""")
				.param("person", person.id())
				.param("from", from)
				.param("limit", LIMIT)
				.query(mapper)
				.list());
		}
		record AppointmentRow(long id, long coachId, long participantId, long programmeId, Instant startsAt,
				Instant endsAt, String place, int version, Instant changedAt) {
		}
		var appointments = jdbc.sql("""
				select a.appointment_id, a.coach_person_id, a.participant_person_id, a.programme_id, a.starts_at,
				       a.ends_at, a.place, a.version, a.changed_at
				from coaching_appointment_schedule a
				where (a.participant_person_id = :person or a.coach_person_id = :person) and a.starts_at >= :from
				order by a.starts_at limit :limit""")
			.param("person", person.id())
			.param("from", from)
			.param("limit", LIMIT)
			.query((rs, n) -> new AppointmentRow(rs.getLong("appointment_id"), rs.getLong("coach_person_id"),
					rs.getLong("participant_person_id"), rs.getLong("programme_id"),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					rs.getString("place"), rs.getInt("version"), rs.getTimestamp("changed_at").toInstant()))
			.list();
		var programmes = catalogue.findAll(
				Stream
					.concat(sessions.stream().map(SessionRow::programmeId),
							appointments.stream().map(AppointmentRow::programmeId))
					.distinct()
					.toList());
		// the other person of each appointment: the coach for a participant, the
		// participant for the coach; both already see each other's name on their pages
		var others = people.findAllById(appointments.stream()
			.map(a -> a.coachId() == person.id() ? a.participantId() : a.coachId())
			.distinct()
			.toList());
		Map<String, Entry> entries = new LinkedHashMap<>();
		for (var s : sessions) {
			var programme = programmes.get(s.programmeId());
			String title = programme == null ? s.title() : programme.title() + ": " + s.title();
			if (staff) {
				title = title + " (" + s.cohortCode() + ")";
			}
			entries.put(sessionUid(s.sessionId()), new Entry(sessionUid(s.sessionId()), title, s.startsAt(), s.endsAt(),
					s.location(), s.sequence(), s.changedAt()));
		}
		for (var a : appointments) {
			var programme = programmes.get(a.programmeId());
			var other = others.get(a.coachId() == person.id() ? a.participantId() : a.coachId());
			String title = (programme == null ? "" : programme.title() + ": ")
					+ (other == null ? "" : other.displayName());
			entries.put(appointmentUid(a.id()), new Entry(appointmentUid(a.id()), title, a.startsAt(), a.endsAt(),
					a.place(), a.version(), a.changedAt()));
		}
		jdbc.sql("""
				select meeting_id, group_name, starts_at, ends_at, place, changed_at from group_meeting_schedule
				where person_id = :person and starts_at >= :from order by starts_at, meeting_id limit :limit""")
			.param("person", person.id())
			.param("from", from)
			.param("limit", LIMIT)
			.query(rs -> {
				String uid = groupMeetingUid(rs.getLong("meeting_id"));
				entries.put(uid,
						new Entry(uid, rs.getString("group_name"), rs.getTimestamp("starts_at").toInstant(),
								rs.getTimestamp("ends_at").toInstant(), rs.getString("place"), 0,
								rs.getTimestamp("changed_at").toInstant()));
			});
		return List.copyOf(entries.values());
	}

	static String groupMeetingUid(long meetingId) {
		return "group-meeting-" + meetingId + "@traject";
	}

	static byte[] render(List<Entry> entries, String name) {
		var calendar = new Calendar().withProdId("-//Traject//Personal calendar//EN")
			.withDefaults()
			.withProperty(ImmutableMethod.PUBLISH)
			.withProperty(new XProperty("X-WR-CALNAME", "Traject · " + name))
			.getFluentTarget();
		Instant stamp = Instant.now();
		for (var e : entries) {
			var event = new VEvent(e.startsAt(), e.endsAt(), e.summary());
			event.add(new Uid(e.uid()));
			event.replace(new DtStamp(stamp));
			event.add(new Sequence(e.sequence()));
			event.add(new LastModified(e.changedAt()));
			if (e.location() != null && !e.location().isBlank()) {
				event.add(new Location(e.location()));
			}
			calendar.add(event);
		}
		try (var out = new ByteArrayOutputStream()) {
			new CalendarOutputter(false).output(calendar, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
