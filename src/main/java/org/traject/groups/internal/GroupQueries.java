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
import org.traject.groups.internal.GroupViews.Product;
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
			.param("cohort", cohortId), confirmedIds(roster), -1);
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
				where g.facilitator_person_id = :person or g.expert_person_id = :person
				   or exists (select 1 from cohort_group_member m where m.group_id = g.id and m.person_id = :person)
				order by g.cohort_id desc, lower(g.name), g.id""").param("person", personId), null, personId);
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
					mine.add(new MyGroup(group, c.code(), programme.title(), programme.language(), c.timeZone(),
							group.hasMember(personId)));
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
	private List<Group> groups(JdbcClient.StatementSpec query, @Nullable Set<Long> confirmed, long viewer) {
		record Row(long id, long cohortId, String name, long version, @Nullable Long facilitator, String notes,
				@Nullable Instant notesChangedAt, boolean project, String question, @Nullable Instant questionChangedAt,
				@Nullable Long expert) {
		}
		var rows = query.query((rs, n) -> {
			Timestamp changed = rs.getTimestamp("notes_changed_at");
			Timestamp questionChanged = rs.getTimestamp("question_changed_at");
			long facilitator = rs.getLong("facilitator_person_id");
			Long facilitatorId = rs.wasNull() ? null : facilitator;
			long expert = rs.getLong("expert_person_id");
			Long expertId = rs.wasNull() ? null : expert;
			return new Row(rs.getLong("id"), rs.getLong("cohort_id"), rs.getString("name"), rs.getLong("version"),
					facilitatorId, rs.getString("notes"), changed == null ? null : changed.toInstant(),
					rs.getBoolean("project"), rs.getString("question"),
					questionChanged == null ? null : questionChanged.toInstant(), expertId);
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
		// the attendance counts and the viewer's own mark come with the meetings, in the
		// same statement
		jdbc.sql("""
				select m.*,
				       (select count(*) from cohort_group_attendance a where a.meeting_id = m.id) as registered,
				       (select a.status from cohort_group_attendance a
				        where a.meeting_id = m.id and a.person_id = :viewer) as mine
				from cohort_group_meeting m where m.group_id in (:ids) order by m.starts_at, m.id""")
			.param("ids", ids)
			.param("viewer", viewer)
			.query(rs -> {
				String mine = rs.getString("mine");
				meetings.computeIfAbsent(rs.getLong("group_id"), k -> new ArrayList<>())
					.add(new Meeting(rs.getLong("id"), rs.getTimestamp("starts_at").toInstant(),
							rs.getTimestamp("ends_at").toInstant(), rs.getString("place"), rs.getInt("registered"),
							mine == null ? null : AttendanceStatus.valueOf(mine)));
			});
		Map<Long, Product> products = new LinkedHashMap<>();
		var projects = rows.stream().filter(Row::project).map(Row::id).toList();
		if (!projects.isEmpty()) {
			jdbc.sql("""
					select group_id, description, file_name, delivered_at, published_at
					from cohort_group_product where group_id in (:ids)""").param("ids", projects).query(rs -> {
				Timestamp published = rs.getTimestamp("published_at");
				products.put(rs.getLong("group_id"), new Product(rs.getString("description"), rs.getString("file_name"),
						rs.getTimestamp("delivered_at").toInstant(), published == null ? null : published.toInstant()));
			});
		}
		Collection<Long> everyone = new HashSet<>();
		members.values().forEach(everyone::addAll);
		rows.stream().map(Row::facilitator).filter(java.util.Objects::nonNull).forEach(everyone::add);
		rows.stream().map(Row::expert).filter(java.util.Objects::nonNull).forEach(everyone::add);
		var persons = people.findAllById(everyone);
		return rows.stream().map(row -> {
			var memberList = members.getOrDefault(row.id(), List.of())
				.stream()
				.map(id -> person(persons.get(id), id, confirmed == null || confirmed.contains(id)))
				.sorted(java.util.Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
				.toList();
			var facilitator = row.facilitator() == null ? null
					: person(persons.get(row.facilitator()), row.facilitator(), true);
			var expert = row.expert() == null ? null : person(persons.get(row.expert()), row.expert(), true);
			return new Group(row.id(), row.cohortId(), row.name(), row.version(), facilitator, memberList,
					meetings.getOrDefault(row.id(), List.of()), row.notes(), row.notesChangedAt(), row.project(),
					row.question(), row.questionChangedAt(), expert, products.get(row.id()));
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
