package org.traject.groups.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.traject.cohorts.CohortRoster;

/** What the group pages show. */
public final class GroupViews {

	private GroupViews() {
	}

	/**
	 * A group with its people and meetings; a project group also has its question, its
	 * expert and, once delivered, its product.
	 */
	public record Group(long id, long cohortId, String name, long version, @Nullable Person facilitator,
			List<Person> members, List<Meeting> meetings, String notes, @Nullable Instant notesChangedAt,
			boolean project, String question, @Nullable Instant questionChangedAt, @Nullable Person expert,
			@Nullable Product product) {

		public boolean facilitatedBy(long personId) {
			return facilitator != null && facilitator.personId() == personId;
		}

		public boolean expertIs(long personId) {
			return expert != null && expert.personId() == personId;
		}

		public boolean hasMember(long personId) {
			return members.stream().anyMatch(m -> m.personId() == personId && m.inCohort());
		}

		/**
		 * Who writes the question and delivers the product: members and the facilitator.
		 */
		public boolean worksOnProject(long personId) {
			return project && (hasMember(personId) || facilitatedBy(personId));
		}

		public List<Person> currentMembers() {
			return members.stream().filter(Person::inCohort).toList();
		}

	}

	/** A project group's product as its pages show it (the file itself is read apart). */
	public record Product(String description, String fileName, Instant deliveredAt, @Nullable Instant publishedAt) {

		public boolean published() {
			return publishedAt != null;
		}

	}

	/**
	 * A member or facilitator: name, organisation and job title, as the other members see
	 * them; {@code inCohort} is false for someone who has left the cohort since.
	 */
	public record Person(long personId, String name, @Nullable String organisation, @Nullable String jobTitle,
			boolean inCohort) {
	}

	/**
	 * A meeting, with how many members have their attendance registered and, on a
	 * person's own pages, what is registered for them (null: nothing).
	 */
	public record Meeting(long id, Instant startsAt, Instant endsAt, String place, int registered,
			@Nullable AttendanceStatus mine) {

		/** Attendance is registered from the moment a meeting begins. */
		public boolean begun() {
			return !startsAt.isAfter(Instant.now());
		}

	}

	/**
	 * The secretary's page: the cohort, its groups and the confirmed participants in
	 * none.
	 */
	public record CohortGroups(CohortRoster roster, List<Group> groups, List<Person> unassigned) {
	}

	/**
	 * A suggested division, not saved yet, with the pairs of colleagues that share a
	 * group.
	 */
	public record Suggestion(List<List<Person>> groups, int size, int organisationClashes) {
	}

	/**
	 * One of a person's groups on {@code /my/groups}, with its cohort's name and time
	 * zone.
	 */
	public record MyGroup(Group group, String cohortCode, String programmeTitle, String programmeLanguage,
			String timeZone, boolean member) {

		/** The meetings that have begun. */
		public long held() {
			return group.meetings().stream().filter(Meeting::begun).count();
		}

		/** The meetings that have begun at which the reader is registered present. */
		public long attended() {
			return group.meetings().stream().filter(m -> m.begun() && m.mine() == AttendanceStatus.PRESENT).count();
		}

	}

}
