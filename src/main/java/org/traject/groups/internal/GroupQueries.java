package org.traject.groups.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortRoster;
import org.traject.cohorts.Cohorts;
import org.traject.groups.internal.GroupSuggestion.Candidate;
import org.traject.groups.internal.GroupViews.CohortGroups;
import org.traject.groups.internal.GroupViews.Group;
import org.traject.groups.internal.GroupViews.Meeting;
import org.traject.groups.internal.GroupViews.MyGroup;
import org.traject.groups.internal.GroupViews.Person;
import org.traject.groups.internal.GroupViews.Suggestion;
import org.traject.organisations.Organisations;
import org.traject.people.People;

/**
 * Reads groups for their pages: a fixed number of statements per page, whatever the
 * number of groups (groups, members, meetings, then the people's names in one batch).
 */
@Service
@Transactional(readOnly = true)
public class GroupQueries {

	private final JdbcClient jdbc;

	private final Cohorts cohorts;

	private final People people;

	private final Organisations organisations;

	private final Catalogue catalogue;

	GroupQueries(JdbcClient jdbc, Cohorts cohorts, People people, Organisations organisations, Catalogue catalogue) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.people = people;
		this.organisations = organisations;
	}

	/** The secretary's page; an unknown cohort is a {@code NoSuchElementException}. */
	public CohortGroups ofCohort(long cohortId) {
		var roster = cohorts.roster(cohortId);
		var groups = groups(jdbc.sql("select * from cohort_group where cohort_id = :cohort order by lower(name), id")
			.param("cohort", cohortId), confirmedIds(roster));
		Set<Long> grouped = groups.stream()
			.flatMap(g -> g.members().stream())
			.map(Person::personId)
			.collect(Collectors.toSet());
		var unassigned = roster.confirmed()
			.stream()
			.filter(p -> !grouped.contains(p.personId()))
			.map(p -> new Person(p.personId(), p.name(), p.organisation(), null, true))
			.toList();
		return new CohortGroups(roster, groups, unassigned);
	}

	/**
	 * A division of the cohort's confirmed participants into groups of about
	 * {@code size}, spreading organisations, places and sectors (see
	 * {@link GroupSuggestion}).
	 */
	public Suggestion suggest(long cohortId, int size) {
		var confirmed = cohorts.roster(cohortId).confirmed();
		var memberships = organisations
			.membershipsOf(confirmed.stream().map(CohortRoster.Participant::personId).toList());
		var candidates = confirmed.stream().map(p -> {
			var membership = memberships.get(p.personId());
			String organisation = membership != null ? "#" + membership.organisationId() : normalised(p.organisation());
			return new Candidate(p.personId(), p.name(), organisation,
					membership == null ? null : normalised(membership.city()),
					membership == null ? null : membership.sector());
		}).toList();
		var byId = confirmed.stream()
			.collect(Collectors.toMap(CohortRoster.Participant::personId,
					p -> new Person(p.personId(), p.name(), p.organisation(), null, true)));
		var groups = GroupSuggestion.divide(candidates, size);
		return new Suggestion(groups.stream().map(g -> g.stream().map(c -> byId.get(c.personId())).toList()).toList(),
				size, GroupSuggestion.organisationClashes(groups));
	}

	/** The groups a person is a member or the facilitator of, newest cohort first. */
	public List<MyGroup> ofPerson(long personId) {
		var groups = groups(jdbc.sql("""
				select g.* from cohort_group g
				where g.facilitator_person_id = :person
				   or exists (select 1 from cohort_group_member m where m.group_id = g.id and m.person_id = :person)
				order by g.cohort_id desc, lower(g.name), g.id""").param("person", personId), null);
		Map<Long, Optional<Cohorts.CohortView>> cohortViews = new LinkedHashMap<>();
		groups.forEach(g -> cohortViews.computeIfAbsent(g.cohortId(), cohorts::find));
		var programmes = catalogue.findAll(cohortViews.values()
			.stream()
			.flatMap(Optional::stream)
			.map(Cohorts.CohortView::programmeId)
			.distinct()
			.toList());
		List<MyGroup> mine = new ArrayList<>();
		for (Group group : groups) {
			cohortViews.get(group.cohortId()).ifPresent(c -> {
				var programme = programmes.get(c.programmeId());
				if (programme != null) {
					mine.add(new MyGroup(group, c.code(), programme.title(), programme.language(), c.timeZone()));
				}
			});
		}
		return mine;
	}

	/** One group, for a member or its facilitator; anyone else finds nothing. */
	public Optional<MyGroup> forViewer(long groupId, long personId) {
		return ofPerson(personId).stream().filter(g -> g.group().id() == groupId).findFirst();
	}

	private static Set<Long> confirmedIds(CohortRoster roster) {
		return roster.confirmed().stream().map(CohortRoster.Participant::personId).collect(Collectors.toSet());
	}

	/**
	 * Groups with their members and meetings, three statements and one batch of names;
	 * {@code confirmed}, when given, marks who is still in the cohort.
	 */
	private List<Group> groups(JdbcClient.StatementSpec query, @Nullable Set<Long> confirmed) {
		record Row(long id, long cohortId, String name, long version, @Nullable Long facilitator, String notes,
				@Nullable Instant notesChangedAt) {
		}
		var rows = query.query((rs, n) -> {
			Timestamp changed = rs.getTimestamp("notes_changed_at");
			long facilitator = rs.getLong("facilitator_person_id");
			return new Row(rs.getLong("id"), rs.getLong("cohort_id"), rs.getString("name"), rs.getLong("version"),
					rs.wasNull() ? null : facilitator, rs.getString("notes"),
					changed == null ? null : changed.toInstant());
		}).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = rows.stream().map(Row::id).toList();
		Map<Long, List<Long>> members = new LinkedHashMap<>();
		jdbc.sql("select group_id, person_id from cohort_group_member where group_id in (:ids)")
			.param("ids", ids)
			.query(rs -> {
				members.computeIfAbsent(rs.getLong("group_id"), k -> new ArrayList<>()).add(rs.getLong("person_id"));
			});
		Map<Long, List<Meeting>> meetings = new LinkedHashMap<>();
		jdbc.sql("select * from cohort_group_meeting where group_id in (:ids) order by starts_at, id")
			.param("ids", ids)
			.query(rs -> {
				meetings.computeIfAbsent(rs.getLong("group_id"), k -> new ArrayList<>())
					.add(new Meeting(rs.getLong("id"), rs.getTimestamp("starts_at").toInstant(),
							rs.getTimestamp("ends_at").toInstant(), rs.getString("place")));
			});
		Collection<Long> everyone = new HashSet<>();
		members.values().forEach(everyone::addAll);
		rows.stream().map(Row::facilitator).filter(java.util.Objects::nonNull).forEach(everyone::add);
		var persons = people.findAllById(everyone);
		return rows.stream().map(row -> {
			var memberList = members.getOrDefault(row.id(), List.of())
				.stream()
				.map(id -> person(persons.get(id), id, confirmed == null || confirmed.contains(id)))
				.sorted(java.util.Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
				.toList();
			var facilitator = row.facilitator() == null ? null
					: person(persons.get(row.facilitator()), row.facilitator(), true);
			return new Group(row.id(), row.cohortId(), row.name(), row.version(), facilitator, memberList,
					meetings.getOrDefault(row.id(), List.of()), row.notes(), row.notesChangedAt());
		}).toList();
	}

	private static Person person(People.@Nullable PersonView view, long id, boolean inCohort) {
		return view == null ? new Person(id, "—", null, null, inCohort)
				: new Person(id, view.displayName(), view.organisation(), view.jobTitle(), inCohort);
	}

	private static @Nullable String normalised(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
