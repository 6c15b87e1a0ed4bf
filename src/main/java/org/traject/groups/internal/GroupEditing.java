package org.traject.groups.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.cohorts.CohortRoster;
import org.traject.cohorts.Cohorts;
import org.traject.people.People;
import org.traject.people.Role;

/**
 * Forms and changes a cohort's groups. Every change names the cohort, and a group of
 * another cohort is not found ({@code NoSuchElementException}, a 404), so a secretary's
 * page can only change its own cohort's groups. Only confirmed participants become
 * members; the unique key on (cohort, person) keeps everyone in one group at most.
 */
@Service
@Transactional
public class GroupEditing {

	/** Who may facilitate a group: staff, never a participant. */
	private static final Set<Role> FACILITATORS = Set.of(Role.COACH, Role.SECRETARY, Role.ADMIN);

	static final int MAX_NOTES = 20_000;

	private final JdbcClient jdbc;

	private final Cohorts cohorts;

	private final People people;

	private final GroupAttendance attendance;

	private final GroupMeetingEmails emails;

	GroupEditing(JdbcClient jdbc, Cohorts cohorts, People people, GroupAttendance attendance,
			GroupMeetingEmails emails) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.people = people;
		this.attendance = attendance;
		this.emails = emails;
	}

	/**
	 * Saves a division (a suggestion the secretary accepted), the groups named
	 * "{@code prefix} 1", "{@code prefix} 2" and so on; only while the cohort has no
	 * groups.
	 * @param assignment each person's group number, from 1
	 * @return the number of groups formed
	 */
	public int form(long cohortId, Map<Long, Integer> assignment, String prefix) {
		var confirmed = confirmed(cohortId);
		if (count(cohortId) > 0) {
			throw new GroupsRefusal(null, "groups.refused.alreadyFormed");
		}
		if (assignment.isEmpty() || !confirmed.containsAll(assignment.keySet())) {
			throw new GroupsRefusal(null, "groups.refused.rosterChanged");
		}
		var numbers = assignment.values().stream().distinct().sorted().toList();
		for (int number : numbers) {
			long groupId = insert(cohortId, prefix + " " + number);
			assignment.forEach((person, n) -> {
				if (n == number) {
					join(cohortId, groupId, person);
				}
			});
		}
		return numbers.size();
	}

	/** A new empty group; the name is unique within the cohort. */
	public long create(long cohortId, String name) {
		cohorts.find(cohortId).orElseThrow(() -> new NoSuchElementException("No cohort " + cohortId));
		try {
			return insert(cohortId, name);
		}
		catch (DuplicateKeyException taken) {
			throw new GroupsRefusal("name", "groups.refused.nameTaken", name);
		}
	}

	public void delete(long cohortId, long groupId) {
		requireGroup(cohortId, groupId);
		var attended = registered("group_id", groupId);
		// its meetings go with the group: the members and the facilitator hear so
		emails.ofGroup(groupId).forEach(emails::cancelled);
		jdbc.sql("delete from cohort_group where id = :id").param("id", groupId).update();
		// the meetings' attendance went with the group: it no longer counts
		attendance.recount(cohortId, attended);
	}

	/**
	 * Puts a confirmed participant in a group, taking them out of any other of the
	 * cohort.
	 */
	public void move(long cohortId, long personId, long groupId) {
		requireGroup(cohortId, groupId);
		if (!confirmed(cohortId).contains(personId)) {
			throw new GroupsRefusal(null, "groups.refused.notConfirmed");
		}
		// one statement, so two secretaries moving the same person at once leave them in
		// one group: the last move wins
		jdbc.sql("""
				insert into cohort_group_member (group_id, cohort_id, person_id) values (:group, :cohort, :person)
				on conflict on constraint cohort_group_member_once do update set group_id = excluded.group_id""")
			.param("group", groupId)
			.param("cohort", cohortId)
			.param("person", personId)
			.update();
	}

	public void remove(long cohortId, long groupId, long personId) {
		requireGroup(cohortId, groupId);
		jdbc.sql("delete from cohort_group_member where group_id = :group and person_id = :person")
			.param("group", groupId)
			.param("person", personId)
			.update();
	}

	/**
	 * The facilitator, chosen by email address among coaches and staff; blank clears it.
	 */
	public void facilitate(long cohortId, long groupId, String email) {
		requireGroup(cohortId, groupId);
		Long facilitator = null;
		if (!email.isBlank()) {
			var person = people.findByEmail(email)
				.filter(p -> p.roles().stream().anyMatch(FACILITATORS::contains))
				.orElseThrow(() -> new GroupsRefusal("email", "groups.refused.noSuchStaff", email));
			facilitator = person.id();
		}
		jdbc.sql("update cohort_group set facilitator_person_id = :person where id = :id")
			.param("person", facilitator)
			.param("id", groupId)
			.update();
	}

	public long addMeeting(long cohortId, long groupId, Instant startsAt, Instant endsAt, String place) {
		requireGroup(cohortId, groupId);
		if (!endsAt.isAfter(startsAt)) {
			throw new GroupsRefusal("endTime", "groups.refused.endBeforeStart");
		}
		long meetingId = jdbc.sql("""
				insert into cohort_group_meeting (group_id, starts_at, ends_at, place)
				values (:group, :starts, :ends, :place) returning id""")
			.param("group", groupId)
			.param("starts", Timestamp.from(startsAt))
			.param("ends", Timestamp.from(endsAt))
			.param("place", place)
			.query(Long.class)
			.single();
		emails.planned(meetingId);
		return meetingId;
	}

	public void removeMeeting(long cohortId, long groupId, long meetingId) {
		requireGroup(cohortId, groupId);
		var attended = registered("meeting_id", meetingId);
		var meeting = emails.find(meetingId).filter(m -> m.groupId() == groupId);
		int removed = jdbc.sql("delete from cohort_group_meeting where id = :id and group_id = :group")
			.param("id", meetingId)
			.param("group", groupId)
			.update();
		if (removed == 0) {
			throw new NoSuchElementException("No meeting " + meetingId);
		}
		meeting.ifPresent(emails::cancelled);
		attendance.recount(cohortId, attended);
	}

	/**
	 * The facilitator's meeting notes, saved only over the version the facilitator saw;
	 * anyone else finds no group.
	 */
	public void writeNotes(long groupId, long facilitatorId, long version, String notes) {
		Long facilitator = jdbc.sql("select facilitator_person_id from cohort_group where id = :id")
			.param("id", groupId)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (facilitator == null || facilitator != facilitatorId) {
			throw new NoSuchElementException("No group " + groupId + " facilitated by " + facilitatorId);
		}
		int saved = jdbc.sql("""
				update cohort_group set notes = :notes, notes_changed_at = now(), version = version + 1
				where id = :id and version = :version""")
			.param("notes", notes)
			.param("id", groupId)
			.param("version", version)
			.update();
		if (saved == 0) {
			throw new ObjectOptimisticLockingFailureException("cohort_group", groupId);
		}
	}

	/** Who has attendance registered at a meeting or in a group (by that column). */
	private List<Long> registered(String column, long id) {
		String where = "group_id".equals(column) ? "group_id" : "meeting_id";
		return jdbc.sql("select distinct person_id from cohort_group_attendance where " + where + " = :id")
			.param("id", id)
			.query(Long.class)
			.list();
	}

	private long insert(long cohortId, String name) {
		return jdbc.sql("insert into cohort_group (cohort_id, name) values (:cohort, :name) returning id")
			.param("cohort", cohortId)
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private void join(long cohortId, long groupId, long personId) {
		jdbc.sql("insert into cohort_group_member (group_id, cohort_id, person_id) values (:group, :cohort, :person)")
			.param("group", groupId)
			.param("cohort", cohortId)
			.param("person", personId)
			.update();
	}

	private int count(long cohortId) {
		return jdbc.sql("select count(*) from cohort_group where cohort_id = :cohort")
			.param("cohort", cohortId)
			.query(Integer.class)
			.single();
	}

	private void requireGroup(long cohortId, long groupId) {
		boolean exists = jdbc.sql("select exists (select 1 from cohort_group where id = :id and cohort_id = :cohort)")
			.param("id", groupId)
			.param("cohort", cohortId)
			.query(Boolean.class)
			.single();
		if (!exists) {
			throw new NoSuchElementException("No group " + groupId + " in cohort " + cohortId);
		}
	}

	private Set<Long> confirmed(long cohortId) {
		List<CohortRoster.Participant> confirmed = cohorts.roster(cohortId).confirmed();
		return confirmed.stream().map(CohortRoster.Participant::personId).collect(Collectors.toSet());
	}

}
