package org.traject.reports.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every report is one statement, counted by PostgreSQL ({@code FILTER}, window functions,
 * {@code date_trunc}) over the views other modules publish; no entity is loaded to be
 * counted. A person moved between cohorts is one enrolment row (it follows them), so they
 * are counted once, in the cohort they were moved to.
 */
@Component
@Transactional(readOnly = true)
public class ReportQueries {

	private final JdbcClient jdbc;

	ReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What the filter offers besides the search for programmes, in one statement: the
	 * sectors of the programmes (drafts left out) and the chosen programmes by title.
	 */
	public FilterChoices filterChoices(List<Long> chosen) {
		var rows = jdbc.sql("""
				select 0 as kind, null as programme_id, sector as title, null as language
				from (select distinct unnest(sectors) as sector from programme_report where status <> 'DRAFT') s
				union all
				select 1, programme_id, title, language
				from programme_report where programme_id = any(cast(:chosen as bigint[]))
				order by 1, 3, 2""")
			.param("chosen", array(chosen))
			.query((rs, n) -> new ProgrammeOption(rs.getInt(1) == 0 ? 0 : rs.getLong(2), rs.getString(3),
					rs.getString(4), List.of()))
			.list();
		return new FilterChoices(rows.stream().filter(r -> r.id() == 0).map(ProgrammeOption::title).toList(),
				rows.stream().filter(r -> r.id() != 0).sorted(BY_TITLE).toList());
	}

	private static final Comparator<ProgrammeOption> BY_TITLE = Comparator
		.comparing((ProgrammeOption p) -> p.title().toLowerCase(Locale.ROOT))
		.thenComparingLong(ProgrammeOption::id);

	static String array(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	/** The sectors to choose from, and the programmes chosen. */
	public record FilterChoices(List<String> sectors, List<ProgrammeOption> chosen) {
	}

	/**
	 * The programmes whose title contains the text (whatever its case), by title, at most
	 * {@code limit} of them (those already chosen included: the page shows them ticked),
	 * with how many match in all.
	 */
	public Matches programmesMatching(String text, int limit) {
		var rows = jdbc.sql("""
				select programme_id, title, language, count(*) over () as matching
				from programme_report
				where status <> 'DRAFT' and strpos(lower(title), lower(:text)) > 0
				order by lower(title), programme_id
				limit :limit""")
			.param("text", text)
			.param("limit", limit)
			.query((rs, n) -> new Match(new ProgrammeOption(rs.getLong(1), rs.getString(2), rs.getString(3), List.of()),
					rs.getInt(4)))
			.list();
		return new Matches(rows.stream().map(Match::programme).toList(), rows.isEmpty() ? 0 : rows.get(0).matching());
	}

	private record Match(ProgrammeOption programme, int matching) {
	}

	/** Programmes found by their title: those shown, and how many match in all. */
	public record Matches(List<ProgrammeOption> shown, int matching) {
	}

	/**
	 * Sign-ups per month, or per week (from Monday), in the cohort's time zone, over the
	 * period, those without any included. Counted per day first (one hash aggregate of
	 * some hundreds of days instead of sorting every sign-up by its month).
	 */
	public List<SignUpMonth> signUps(ReportFilter filter) {
		String unit = filter.weekly() ? "week" : "month";
		return query(Scope.SCOPE + """
				, days as (
				    select (e.requested_at at time zone s.time_zone)::date as day, count(*) as sign_ups
				    from enrolment_report e
				    join scope s on s.cohort_id = e.cohort_id
				    where""" + Scope.member("e") + """
				    group by 1
				)
				select m::date as month, coalesce(sum(d.sign_ups), 0) as sign_ups
				from generate_series(date_trunc(:unit, cast(:from as date)), date_trunc(:unit, cast(:to as date)),
				                     cast(:step as interval)) m
				left join days d on d.day >= m::date and d.day < (m + cast(:step as interval))::date
				                and d.day between :from and :to
				group by m order by m""", filter).param("unit", unit)
			.param("step", "1 " + unit)
			.query((rs, n) -> new SignUpMonth(rs.getObject(1, LocalDate.class), rs.getInt(2)))
			.list();
	}

	/**
	 * Confirmed places against capacity per cohort (cancelled cohorts left out), with the
	 * programme's totals. The confirmed enrolments are counted per cohort first (a hash
	 * aggregate by cohort), and the cohorts with their titles joined to those counts,
	 * rather than every enrolment sorted by its programme's title and cohort.
	 */
	public List<FillRow> fillRates(ReportFilter filter) {
		return query(Scope.SCOPE + """
				, per_cohort as (
				    select e.cohort_id, count(*) as confirmed
				    from scope s
				    join enrolment_report e on e.cohort_id = s.cohort_id
				    where e.status = 'CONFIRMED' and s.status <> 'CANCELLED' and""" + Scope.IN_PERIOD + " and "
				+ Scope.member("e") + """
						    group by e.cohort_id
						)
						select s.programme_id, s.title, s.language, s.cohort_id, s.code, s.start_date, s.capacity,
						       coalesce(n.confirmed, 0) as confirmed,
						       sum(coalesce(n.confirmed, 0)) over programme as programme_confirmed,
						       sum(s.capacity) over programme as programme_capacity
						from scope s
						left join per_cohort n on n.cohort_id = s.cohort_id
						where s.status <> 'CANCELLED' and""" + Scope.IN_PERIOD + """
						window programme as (partition by s.programme_id)
						order by lower(s.title), s.programme_id, s.start_date, s.cohort_id""", filter)
			.query((rs, n) -> new FillRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getInt(8), rs.getInt(9),
					rs.getInt(10)))
			.list();
	}

	/**
	 * What became of everyone who was ever on a waitlist, per programme: offered a seat,
	 * placed (promoted or accepted an offer), let an offer expire, moved to another
	 * cohort, still waiting, or never placed (no longer enrolled and never held a seat).
	 * An enrolment is counted once in each column that applies.
	 */
	public List<WaitlistRow> waitlistOutcomes(ReportFilter filter) {
		return query(WAITLIST_PER_PROGRAMME + "select * from per_programme order by lower(title), programme_id", filter)
			.query((rs, n) -> new WaitlistRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)))
			.list();
	}

	/**
	 * The waitlist report's figures per programme ({@code per_programme}), for the whole
	 * report and its section. Only enrolments that were ever waitlisted are looked at
	 * (every column counts only those), found through their history's WAITLISTED events.
	 */
	static final String WAITLIST_PER_PROGRAMME = Scope.SCOPE + """
			, per_enrolment as (
			    select s.programme_id, s.title, s.language, e.status,
			           bool_or(h.change = 'OFFERED') as offered,
			           bool_or(h.change in ('PROMOTED', 'OFFER_ACCEPTED')) as accepted,
			           bool_or(h.change = 'OFFER_EXPIRED') as expired,
			           bool_or(h.change = 'MOVED_TO_COHORT') as moved,
			           bool_or(h.status = 'CONFIRMED') as seated
			    from scope s
			    join enrolment_report e on e.cohort_id = s.cohort_id
			    join enrolment_history_report h on h.enrolment_id = e.enrolment_id
			    where""" + Scope.IN_PERIOD + " and " + Scope.member("e")
			+ """
					      and e.enrolment_id in (select w.enrolment_id from enrolment_history_report w where w.change = 'WAITLISTED')
					    group by e.enrolment_id, s.programme_id, s.title, s.language, e.status
					), per_programme as (
					    select programme_id, title, language,
					           count(*) as waitlisted,
					           count(*) filter (where offered) as offered,
					           count(*) filter (where accepted) as accepted,
					           count(*) filter (where expired) as expired,
					           count(*) filter (where moved) as moved,
					           count(*) filter (where status = 'WAITLISTED') as waiting,
					           count(*) filter (where not seated and status in ('CANCELLED', 'DECLINED', 'EXPIRED')) as never_placed
					    from per_enrolment
					    group by programme_id, title, language
					)
					""";

	/**
	 * Cancelled enrolments per programme, by whose hand, against all enrolments of its
	 * cohorts in the period. The hand is that of an enrolment's last cancellation, taken
	 * with {@code distinct on} (one sort of narrow rows) rather than an ordered
	 * {@code array_agg} per enrolment (a sort per enrolment, after a sort of every
	 * enrolment with its programme's title); the titles are joined to the thousand
	 * programme rows at the end.
	 */
	public List<CancellationRow> cancellations(ReportFilter filter) {
		return query(Scope.SCOPE + """
				, per_enrolment as (
				    select distinct on (e.enrolment_id) s.programme_id, e.status, h.actor_role as cancelled_by
				    from scope s
				    join enrolment_report e on e.cohort_id = s.cohort_id
				    left join enrolment_history_report h on h.enrolment_id = e.enrolment_id and h.change = 'CANCELLED'
				    where""" + Scope.IN_PERIOD + " and " + Scope.member("e") + """
				    order by e.enrolment_id, h.occurred_at desc
				), per_programme as (
				""" + CANCELLATION_FIGURES + """
				)
				select p.programme_id, p.title, p.language, x.enrolments, x.cancelled, x.by_participant,
				       x.by_secretary, x.by_other
				from per_programme x
				join programme_report p on p.programme_id = x.programme_id
				order by lower(p.title), p.programme_id""", filter)
			.query((rs, n) -> new CancellationRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
			.list();
	}

	/**
	 * The cancellation figures per programme over {@code per_enrolment} (one row an
	 * enrolment: {@code programme_id}, {@code status}, {@code cancelled_by}): the same in
	 * the report and in its section.
	 */
	static final String CANCELLATION_FIGURES = """
			select programme_id, count(*) as enrolments,
			       count(*) filter (where status = 'CANCELLED') as cancelled,
			       count(*) filter (where status = 'CANCELLED' and cancelled_by = 'PARTICIPANT') as by_participant,
			       count(*) filter (where status = 'CANCELLED' and cancelled_by = 'SECRETARY') as by_secretary,
			       count(*) filter (where status = 'CANCELLED' and cancelled_by not in ('PARTICIPANT', 'SECRETARY')) as by_other
			from per_enrolment
			group by programme_id
			""";

	/**
	 * Registered attendance per programme: present, absent (no-show) and excused, over
	 * the sessions registered. Counted per session first (one hash aggregate of the
	 * registrations into some thousands of sessions), then per programme: a programme's
	 * sessions are its rows of the first step, so no {@code count(distinct)} has to sort
	 * every registration.
	 */
	public List<AttendanceRow> attendance(ReportFilter filter) {
		return query(Scope.SCOPE + """
				, per_session as (
				    select s.programme_id, a.session_id,
				           count(*) as registered,
				           count(*) filter (where a.status = 'PRESENT') as present,
				           count(*) filter (where a.status = 'ABSENT') as absent,
				           count(*) filter (where a.status = 'EXCUSED') as excused
				    from scope s
				    join attendance_report a on a.cohort_id = s.cohort_id
				    where""" + Scope.IN_PERIOD + " and " + Scope.member("a") + """
				    group by s.programme_id, a.session_id
				), per_programme as (
				    select programme_id, count(*) as sessions, sum(registered) as registered, sum(present) as present,
				           sum(absent) as absent, sum(excused) as excused
				    from per_session
				    group by programme_id
				)
				select p.programme_id, p.title, p.language, x.sessions, x.registered, x.present, x.absent, x.excused
				from per_programme x
				join programme_report p on p.programme_id = x.programme_id
				order by lower(p.title), p.programme_id""", filter)
			.query((rs, n) -> new AttendanceRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
			.list();
	}

	/**
	 * Completion per cohort that has begun (cancelled cohorts left out): confirmed
	 * participants, completed and not completed decisions, with the programme's totals.
	 * Counted per cohort first (a hash aggregate by cohort), then joined to the cohorts
	 * with their titles, as the fill rates are.
	 */
	public List<CompletionRow> completion(ReportFilter filter) {
		return query(Scope.SCOPE + """
				, per_cohort as (
				    select e.cohort_id,
				           count(*) filter (where e.status = 'CONFIRMED') as participants,
				           count(d.enrolment_id) filter (where d.outcome = 'COMPLETED') as completed,
				           count(d.enrolment_id) filter (where d.outcome = 'NOT_COMPLETED') as not_completed
				    from scope s
				    join enrolment_report e on e.cohort_id = s.cohort_id
				    left join completion_report d on d.enrolment_id = e.enrolment_id
				    where s.status <> 'CANCELLED' and s.start_date <= current_date and""" + Scope.IN_PERIOD + " and "
				+ Scope.member("e") + """
						    group by e.cohort_id
						)
						select s.programme_id, s.title, s.language, s.cohort_id, s.code, s.start_date,
						       coalesce(n.participants, 0) as participants, coalesce(n.completed, 0) as completed,
						       coalesce(n.not_completed, 0) as not_completed,
						       sum(coalesce(n.participants, 0)) over programme as programme_participants,
						       sum(coalesce(n.completed, 0)) over programme as programme_completed
						from scope s
						left join per_cohort n on n.cohort_id = s.cohort_id
						where s.status <> 'CANCELLED' and s.start_date <= current_date and""" + Scope.IN_PERIOD + """
						window programme as (partition by s.programme_id)
						order by lower(s.title), s.programme_id, s.start_date, s.cohort_id""", filter)
			.query((rs, n) -> new CompletionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getInt(8), rs.getInt(9),
					rs.getInt(10), rs.getInt(11)))
			.list();
	}

	/**
	 * Career outcomes after completion per programme and cohort year: of those who
	 * completed, how many have a recorded outcome, and how many of those took up a formal
	 * or a leadership-like role.
	 */
	public List<OutcomeRow> careerOutcomes(ReportFilter filter) {
		return query(Scope.SCOPE + """
				select s.programme_id, s.title, s.language, extract(year from s.start_date)::int as cohort_year,
				       count(*) as completed,
				       count(o.kind) as recorded,
				       count(*) filter (where o.kind = 'FORMAL_LEADERSHIP_ROLE') as formal,
				       count(*) filter (where o.kind = 'LEADERSHIP_LIKE_ROLE') as leadership_like,
				       count(*) filter (where o.kind = 'NONE_YET') as none_yet,
				       percentile_cont(0.5) within group (order by greatest(o.occurred_on - o.completed_on, 0))
				           filter (where o.kind in ('FORMAL_LEADERSHIP_ROLE', 'LEADERSHIP_LIKE_ROLE')) as median_days
				from scope s
				join career_outcome_report o on o.cohort_id = s.cohort_id
				where""" + Scope.IN_PERIOD + " and " + Scope.member("o") + """
				group by s.programme_id, s.title, s.language, cohort_year
				order by lower(s.title), s.programme_id, cohort_year""", filter)
			.query((rs, n) -> new OutcomeRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
					Scope.monthsOfDays(rs.getObject(10, Double.class))))
			.list();
	}

	/** The organisations to choose from in the filter, by name. */
	public List<OrganisationOption> organisations() {
		return jdbc.sql("select organisation_id, name from organisation_report order by lower(name), organisation_id")
			.query((rs, n) -> new OrganisationOption(rs.getLong(1), rs.getString(2)))
			.list();
	}

	private JdbcClient.StatementSpec query(String sql, ReportFilter filter) {
		return Scope.query(jdbc, sql, filter);
	}

	/**
	 * A share as a whole percentage, rounded half up; none when there is nothing to
	 * divide by.
	 */
	public static @Nullable Integer percent(long part, long whole) {
		return whole <= 0 ? null : (int) ((part * 200 + whole) / (whole * 2));
	}

	public record ProgrammeOption(long id, String title, String language, List<String> sectors) {
	}

	public record OrganisationOption(long id, String name) {
	}

	public record SignUpMonth(LocalDate month, int signUps) {
	}

	public record FillRow(long programmeId, String title, String language, long cohortId, String code,
			LocalDate startDate, int capacity, int confirmed, int programmeConfirmed, int programmeCapacity) {

		public @Nullable Integer fillPercent() {
			return percent(confirmed, capacity);
		}

		public @Nullable Integer programmeFillPercent() {
			return percent(programmeConfirmed, programmeCapacity);
		}
	}

	public record WaitlistRow(long programmeId, String title, String language, int waitlisted, int offered,
			int accepted, int expired, int moved, int stillWaiting, int neverPlaced) {
	}

	public record CancellationRow(long programmeId, String title, String language, int enrolments, int cancelled,
			int byParticipant, int bySecretary, int byOther) {

		public @Nullable Integer cancelledPercent() {
			return percent(cancelled, enrolments);
		}
	}

	public record AttendanceRow(long programmeId, String title, String language, int sessions, int registered,
			int present, int absent, int excused) {

		public @Nullable Integer noShowPercent() {
			return percent(absent, registered);
		}

		public @Nullable Integer presentPercent() {
			return percent(present, registered);
		}
	}

	public record CompletionRow(long programmeId, String title, String language, long cohortId, String code,
			LocalDate startDate, int participants, int completed, int notCompleted, int programmeParticipants,
			int programmeCompleted) {

		public @Nullable Integer completionPercent() {
			return percent(completed, participants);
		}

		public @Nullable Integer programmeCompletionPercent() {
			return percent(programmeCompleted, programmeParticipants);
		}
	}

	public record OutcomeRow(long programmeId, String title, String language, int cohortYear, int completed,
			int recorded, int formal, int leadershipLike, int noneYet, @Nullable Integer medianMonthsToRole) {

		public int leadership() {
			return formal + leadershipLike;
		}

		/**
		 * The seed's "60 %": of the people whose outcome is known, the share who took up
		 * a leadership role.
		 */
		public @Nullable Integer leadershipPercent() {
			return percent(leadership(), recorded);
		}
	}

}
