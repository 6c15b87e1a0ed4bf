package org.traject.organisations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.cohorts.EnrolmentStatus;
import org.traject.organisations.OrganisationKind;

/**
 * What an organisation's contact and a participant's manager see of other people: their
 * names and their enrolments (status, waitlist place, approval, completion), never their
 * measurements or plans (a manager is only pointed to a plan its owner shared with them).
 * Everything is read from the views other modules publish, each page in a fixed number of
 * statements however many people and enrolments there are.
 */
@Service
public class Overviews {

	private final JdbcClient jdbc;

	Overviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An organisation the person is a contact of. */
	public record ContactOrganisation(long id, String name, OrganisationKind kind) {
	}

	/** One enrolment as a contact or a manager sees it. */
	public record EnrolmentLine(long enrolmentId, String programmeTitle, String cohortCode, LocalDate startDate,
			LocalDate endDate, String timeZone, EnrolmentStatus status, @Nullable Integer waitlistPosition,
			@Nullable Instant offerExpiresAt, Instant requestedAt, @Nullable Instant approvedAt,
			@Nullable String completion, @Nullable LocalDate completedOn) {

		public boolean completed() {
			return "COMPLETED".equals(completion);
		}
	}

	/** A person with their enrolments, newest cohort first. */
	public record PersonEnrolments(long personId, String name, List<EnrolmentLine> enrolments) {
	}

	/** The contact's page: the organisation and its people. */
	public record ContactPage(ContactOrganisation organisation, List<PersonEnrolments> people) {

		public long count(String status) {
			return people.stream()
				.flatMap(p -> p.enrolments().stream())
				.filter(e -> e.status().name().equals(status))
				.count();
		}

		public long completions() {
			return people.stream().flatMap(p -> p.enrolments().stream()).filter(EnrolmentLine::completed).count();
		}
	}

	/**
	 * Someone whose enrolment the manager approved, or who shared their plan with them.
	 */
	public record TeamMember(long personId, String name, List<EnrolmentLine> approved, @Nullable Long sharedPlanId,
			@Nullable Instant sharedAt) {
	}

	private static final String ENROLMENT_COLUMNS = """
			e.enrolment_id, p.title, c.code, c.start_date, c.end_date, c.time_zone, e.status, pl.waitlist_position,
			pl.offer_expires_at, e.requested_at, a.approved_at, comp.outcome, comp.completed_on""";

	private static final String ENROLMENT_JOINS = """
			join cohort_report c on c.cohort_id = e.cohort_id
			join programme_report p on p.programme_id = e.programme_id
			left join enrolment_place pl on pl.enrolment_id = e.enrolment_id
			left join enrolment_approval a on a.enrolment_id = e.enrolment_id
			left join completion_report comp on comp.enrolment_id = e.enrolment_id""";

	/** The organisations the person is a contact of, by name. One statement. */
	@Transactional(readOnly = true)
	public List<ContactOrganisation> contactOf(long personId) {
		return jdbc.sql("""
				select o.id, o.name, o.kind from organisation_contact c join organisation o on o.id = c.organisation_id
				where c.person_id = :person and o.merged_into is null order by lower(o.name), o.id""")
			.param("person", personId)
			.query((rs, n) -> new ContactOrganisation(rs.getLong(1), rs.getString(2),
					OrganisationKind.valueOf(rs.getString(3))))
			.list();
	}

	/**
	 * The organisation's people and their enrolments, if the person is one of its
	 * contacts; empty otherwise (for another organisation, whether or not it exists). Two
	 * statements.
	 */
	@Transactional(readOnly = true)
	public Optional<ContactPage> contactPage(long contactPersonId, long organisationId) {
		var organisation = jdbc.sql("""
				select o.id, o.name, o.kind from organisation o
				join organisation_contact c on c.organisation_id = o.id and c.person_id = :person
				where o.id = :id and o.merged_into is null""")
			.param("person", contactPersonId)
			.param("id", organisationId)
			.query((rs, n) -> new ContactOrganisation(rs.getLong(1), rs.getString(2),
					OrganisationKind.valueOf(rs.getString(3))))
			.optional();
		if (organisation.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, PersonEnrolments> people = new LinkedHashMap<>();
		jdbc.sql("""
				select m.person_id, d.display_name, %s
				from organisation_member m
				join person_directory d on d.person_id = m.person_id
				left join (enrolment_report e %s) on e.person_id = m.person_id
				where m.organisation_id = :id and m.removed_at is null
				order by lower(d.display_name), m.person_id, c.start_date desc nulls last, e.enrolment_id desc"""
			.formatted(ENROLMENT_COLUMNS, ENROLMENT_JOINS)).param("id", organisationId).query(rs -> {
				var person = people.computeIfAbsent(rs.getLong("person_id"),
						id -> new PersonEnrolments(id, string(rs, "display_name"), new ArrayList<>()));
				if (rs.getObject("enrolment_id") != null) {
					person.enrolments().add(line(rs));
				}
			});
		return Optional.of(new ContactPage(organisation.get(), List.copyOf(people.values())));
	}

	/**
	 * The people whose enrolments a manager with this email address approved, and those
	 * who shared their plan with that address as their manager, by name. Two statements.
	 */
	@Transactional(readOnly = true)
	public List<TeamMember> team(String email) {
		record Share(long planId, Instant sharedAt) {
		}
		Map<Long, String> names = new LinkedHashMap<>();
		Map<Long, List<EnrolmentLine>> approved = new LinkedHashMap<>();
		Map<Long, Share> shares = new LinkedHashMap<>();
		jdbc.sql("""
				select e.person_id, d.display_name, %s
				from enrolment_approval ap
				join enrolment_report e on e.enrolment_id = ap.enrolment_id
				join person_directory d on d.person_id = e.person_id
				%s
				where ap.manager_email = lower(:email)
				order by c.start_date desc, e.enrolment_id desc""".formatted(ENROLMENT_COLUMNS, ENROLMENT_JOINS))
			.param("email", email)
			.query(rs -> {
				long person = rs.getLong("person_id");
				names.put(person, rs.getString("display_name"));
				approved.computeIfAbsent(person, id -> new ArrayList<>()).add(line(rs));
			});
		jdbc.sql("""
				select s.owner_person_id, d.display_name, s.plan_id, s.shared_at
				from plan_share_directory s join person_directory d on d.person_id = s.owner_person_id
				where s.relation = 'MANAGER' and s.shared_with_email = lower(:email)""")
			.param("email", email)
			.query(rs -> {
				long person = rs.getLong(1);
				names.put(person, rs.getString(2));
				shares.put(person, new Share(rs.getLong(3), rs.getTimestamp(4).toInstant()));
			});
		return names.entrySet().stream().map(n -> {
			var share = shares.get(n.getKey());
			return new TeamMember(n.getKey(), n.getValue(), approved.getOrDefault(n.getKey(), List.of()),
					share == null ? null : share.planId(), share == null ? null : share.sharedAt());
		})
			.sorted(java.util.Comparator.comparing((TeamMember t) -> t.name().toLowerCase(java.util.Locale.ROOT))
				.thenComparingLong(TeamMember::personId))
			.toList();
	}

	/**
	 * Whether anyone's enrolment was approved by this address, or a plan shared with it
	 * as the manager's. One statement.
	 */
	@Transactional(readOnly = true)
	public boolean managesAnyone(String email) {
		return jdbc.sql("""
				select exists (select 1 from enrolment_approval where manager_email = lower(:email))
				    or exists (select 1 from plan_share_directory
				               where relation = 'MANAGER' and shared_with_email = lower(:email))""")
			.param("email", email)
			.query(Boolean.class)
			.single();
	}

	private static EnrolmentLine line(ResultSet rs) throws SQLException {
		var completedOn = rs.getObject("completed_on", LocalDate.class);
		return new EnrolmentLine(rs.getLong("enrolment_id"), rs.getString("title"), rs.getString("code"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getString("time_zone"), EnrolmentStatus.valueOf(rs.getString("status")),
				rs.getObject("waitlist_position", Integer.class), instant(rs, "offer_expires_at"),
				instant(rs, "requested_at"), instant(rs, "approved_at"), rs.getString("outcome"), completedOn);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static String string(ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
