package org.traject.groups.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.delivery.GroupMeetingCredits;
import org.traject.groups.internal.GroupViews.Group;
import org.traject.groups.internal.GroupViews.Meeting;

/**
 * Attendance per group meeting, registered by the group's facilitator or a secretary: one
 * row per meeting and member, the last tap wins (the database's upsert decides when two
 * people tap at once). A meeting's attendance is registered once it has begun. After each
 * change the member's attended meetings in the cohort are counted again and handed to
 * delivery's {@link GroupMeetingCredits}, so they count for the programme's completion
 * rule like any other result.
 */
@Service
@Transactional
public class GroupAttendance {

	private final JdbcClient jdbc;

	private final GroupMeetingCredits credits;

	GroupAttendance(JdbcClient jdbc, GroupMeetingCredits credits) {
		this.jdbc = jdbc;
		this.credits = credits;
	}

	/**
	 * The sheet of one meeting of a group the caller may register for (the caller found
	 * the group); a meeting of another group is not found.
	 */
	@Transactional(readOnly = true)
	public Sheet sheet(Group group, long meetingId, String timeZone) {
		var meeting = meeting(group, meetingId);
		Map<Long, Row> rows = new HashMap<>();
		jdbc.sql("select person_id, status, reason, recorded_at from cohort_group_attendance where meeting_id = :m")
			.param("m", meetingId)
			.query(rs -> {
				rows.put(rs.getLong("person_id"), new Row(AttendanceStatus.valueOf(rs.getString("status")),
						rs.getString("reason"), rs.getTimestamp("recorded_at").toInstant()));
			});
		var lines = group.currentMembers().stream().map(m -> {
			var row = rows.get(m.personId());
			return new SheetLine(m.personId(), m.name(), m.organisation(), row == null ? null : row.status(),
					row == null ? null : row.reason());
		}).toList();
		return new Sheet(group, meeting, timeZone, lines);
	}

	/**
	 * Registers one member at one meeting, replacing what was there; a reason is kept
	 * only with "excused".
	 * @throws NoSuchElementException when the meeting is not the group's or the person
	 * not one of its members
	 * @throws GroupsRefusal when the meeting has not begun
	 */
	public void record(Group group, long meetingId, long personId, AttendanceStatus status, @Nullable String reason,
			long recordedBy) {
		var meeting = meeting(group, meetingId);
		if (!meeting.begun()) {
			throw new GroupsRefusal(null, "groups.attendance.notYet");
		}
		if (!group.hasMember(personId)) {
			throw new NoSuchElementException("No member " + personId + " in group " + group.id());
		}
		String kept = status == AttendanceStatus.EXCUSED && reason != null && !reason.isBlank() ? reason.strip() : null;
		upsert(group, meetingId, personId, status, kept, recordedBy, true);
		recount(group.cohortId(), List.of(personId));
	}

	/**
	 * Marks every member not registered yet as present; what was registered stays.
	 * @return how many were marked
	 */
	public int allPresent(Group group, long meetingId, long recordedBy) {
		var meeting = meeting(group, meetingId);
		if (!meeting.begun()) {
			throw new GroupsRefusal(null, "groups.attendance.notYet");
		}
		int marked = 0;
		for (var member : group.currentMembers()) {
			marked += upsert(group, meetingId, member.personId(), AttendanceStatus.PRESENT, null, recordedBy, false);
		}
		recount(group.cohortId(), group.currentMembers().stream().map(GroupViews.Person::personId).toList());
		return marked;
	}

	/**
	 * Counts again, for each person, the meetings of the cohort's groups they attended or
	 * were excused from, and hands the counts to delivery.
	 */
	public void recount(long cohortId, Collection<Long> personIds) {
		for (long person : personIds) {
			Map<String, Integer> counts = new HashMap<>();
			jdbc.sql("""
					select a.status, count(*) as n from cohort_group_attendance a
					join cohort_group_meeting m on m.id = a.meeting_id
					where a.cohort_id = :cohort and a.person_id = :person and m.starts_at <= now()
					group by a.status""").param("cohort", cohortId).param("person", person).query(rs -> {
				counts.put(rs.getString("status"), rs.getInt("n"));
			});
			credits.credit(cohortId, person, counts.getOrDefault("PRESENT", 0), counts.getOrDefault("EXCUSED", 0));
		}
	}

	private int upsert(Group group, long meetingId, long personId, AttendanceStatus status, @Nullable String reason,
			long recordedBy, boolean replace) {
		return jdbc.sql("""
				insert into cohort_group_attendance
				       (meeting_id, group_id, cohort_id, person_id, status, reason, recorded_at, recorded_by_person_id)
				values (:meeting, :group, :cohort, :person, :status, :reason, :now, :by)
				on conflict (meeting_id, person_id) do\s""" + (replace ? """
				update set status = excluded.status, reason = excluded.reason, recorded_at = excluded.recorded_at,
				           recorded_by_person_id = excluded.recorded_by_person_id""" : "nothing"))
			.param("meeting", meetingId)
			.param("group", group.id())
			.param("cohort", group.cohortId())
			.param("person", personId)
			.param("status", status.name())
			.param("reason", reason)
			.param("now", Timestamp.from(Instant.now()))
			.param("by", recordedBy)
			.update();
	}

	private static Meeting meeting(Group group, long meetingId) {
		return group.meetings()
			.stream()
			.filter(m -> m.id() == meetingId)
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No meeting " + meetingId + " in group " + group.id()));
	}

	private record Row(AttendanceStatus status, @Nullable String reason, Instant recordedAt) {
	}

	/** One meeting's sheet: every current member with what is registered for them. */
	public record Sheet(Group group, Meeting meeting, String timeZone, List<SheetLine> lines) {

		public long count(AttendanceStatus status) {
			return lines.stream().filter(l -> l.status() == status).count();
		}

		public long unregistered() {
			return lines.stream().filter(l -> l.status() == null).count();
		}

	}

	/** A member on a meeting's sheet; status null means nothing is registered yet. */
	public record SheetLine(long personId, String name, @Nullable String organisation,
			@Nullable AttendanceStatus status, @Nullable String reason) {
	}

}
