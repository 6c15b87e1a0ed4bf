package org.traject.groups.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.traject.cohorts.CohortRoster;

/** What the group pages show. */
public final class GroupViews {

	private GroupViews() {
	}

	/** A group with its people and meetings. */
	public record Group(long id, long cohortId, String name, long version, @Nullable Person facilitator,
			List<Person> members, List<Meeting> meetings, String notes, @Nullable Instant notesChangedAt) {

		public boolean facilitatedBy(long personId) {
			return facilitator != null && facilitator.personId() == personId;
		}

	}

	/**
	 * A member or facilitator: name, organisation and job title, as the other members see
	 * them; {@code inCohort} is false for someone who has left the cohort since.
	 */
	public record Person(long personId, String name, @Nullable String organisation, @Nullable String jobTitle,
			boolean inCohort) {
	}

	public record Meeting(long id, Instant startsAt, Instant endsAt, String place) {
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
			String timeZone) {
	}

}
