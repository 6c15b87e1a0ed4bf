package org.traject.reports.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.web.ProviderTimeZone;

/**
 * The reports on how people come in and go: interest lists that turned into sign-ups, how
 * long a sign-up waits for its confirmation and for a manager's approval, and why people
 * cancelled. One statement each, counted in PostgreSQL over published views.
 */
@Component
@Transactional(readOnly = true)
public class EnrolmentFlowQueries {

	/**
	 * The waiting times' figures per programme, over {@code per_enrolment} (one row an
	 * enrolment: {@code to_confirm}, {@code asked}, {@code answer}, {@code answered_at}):
	 * the same in the report and in its section.
	 */
	static final String TIMING_FIGURES = """
			count(to_confirm) as confirmed,
			percentile_cont(0.5) within group (order by to_confirm) as median_to_confirm,
			count(asked) as asked,
			count(*) filter (where answer = 'APPROVED') as approved,
			count(*) filter (where answer = 'APPROVAL_DECLINED') as declined,
			count(*) filter (where answer = 'APPROVAL_EXPIRED') as expired,
			count(asked) filter (where answer is null) as waiting,
			percentile_cont(0.5) within group (order by extract(epoch from answered_at - asked) / 86400.0)
			    filter (where answer in ('APPROVED', 'APPROVAL_DECLINED')) as median_to_answer
			""";

	/**
	 * A confirmed place, or a manager's approval asked or answered, in an enrolment's
	 * history ({@code h}, joined to {@code e}): what the waiting times count. Word for
	 * word the condition of the cohorts module's index for it (V430).
	 */
	static final String TIMED_HISTORY = """
			    join enrolment_history_report h on h.enrolment_id = e.enrolment_id
			         and (h.status = 'CONFIRMED' or h.change in ('APPROVAL_REQUESTED', 'APPROVED',
			                                                      'APPROVAL_DECLINED', 'APPROVAL_EXPIRED'))
			""";

	/**
	 * The waiting times of one enrolment ({@code e}) from its history ({@code h},
	 * {@link #TIMED_HISTORY}), grouped by enrolment: days to the first confirmed place,
	 * when an approval was first asked, and the first answer and when it came. Plain
	 * aggregates only (the answer is the kind whose first time is the first of all), so
	 * PostgreSQL may hash the groups instead of sorting every enrolment and then each
	 * enrolment's events.
	 */
	static final String TIMING_PER_ENROLMENT = """

			       extract(epoch from min(h.occurred_at) filter (where h.status = 'CONFIRMED') - e.requested_at)
			           / 86400.0 as to_confirm,
			       min(h.occurred_at) filter (where h.change = 'APPROVAL_REQUESTED') as asked,
			       min(h.occurred_at) filter (where h.change in ('APPROVED', 'APPROVAL_DECLINED', 'APPROVAL_EXPIRED'))
			           as answered_at,
			       case min(h.occurred_at) filter (where h.change in ('APPROVED', 'APPROVAL_DECLINED', 'APPROVAL_EXPIRED'))
			            when min(h.occurred_at) filter (where h.change = 'APPROVED') then 'APPROVED'
			            when min(h.occurred_at) filter (where h.change = 'APPROVAL_DECLINED') then 'APPROVAL_DECLINED'
			            when min(h.occurred_at) filter (where h.change = 'APPROVAL_EXPIRED') then 'APPROVAL_EXPIRED'
			       end as answer
			""";

	/**
	 * The columns of a {@link TimingRow}, from programme {@code p} and its figures
	 * {@code x} ({@link #TIMING_FIGURES}).
	 */
	static final String TIMING_ROWS = """
			select p.programme_id, p.title, p.language, x.confirmed, x.median_to_confirm, x.asked, x.approved,
			       x.declined, x.expired, x.waiting, x.median_to_answer
			""";

	/** The reasons shown one by one; the rest are added up in one figure. */
	static final int REASONS_SHOWN = 20;

	private final JdbcClient jdbc;

	private final ProviderTimeZone zone;

	EnrolmentFlowQueries(JdbcClient jdbc, ProviderTimeZone zone) {
		this.jdbc = jdbc;
		this.zone = zone;
	}

	/**
	 * Interest registrations made in the period (in the provider's time zone) per
	 * programme: how many were invited to a cohort, and how many of those signed up for
	 * the cohort they were invited to.
	 */
	public List<InterestRow> interestConversions(ReportFilter filter) {
		return Scope.query(jdbc, Scope.PROGRAMMES + """
				select p.programme_id, p.title, p.language,
				       count(distinct i.registration_id) as registrations,
				       count(distinct i.registration_id) filter (where i.cohort_id is not null) as invited,
				       count(distinct i.registration_id) filter (where i.enrolled_person_id is not null) as converted
				from programmes p
				join interest_report i on i.programme_id = p.programme_id
				where (i.registered_at at time zone :zone)::date between :from and :to and""" + Scope.member("i") + """
				group by p.programme_id, p.title, p.language
				order by lower(p.title), p.programme_id""", filter)
			.param("zone", zone.id())
			.query((rs, n) -> new InterestRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6)))
			.list();
	}

	/**
	 * Per programme, for enrolments in cohorts starting in the period: how long from
	 * sign-up to the first confirmed place (median, in days), and how managers answered
	 * approval requests and how long they took (median, in days).
	 */
	public List<TimingRow> timings(ReportFilter filter) {
		return Scope.query(jdbc, Scope.SCOPE + """
				, per_enrolment as (
				    select s.programme_id,""" + TIMING_PER_ENROLMENT + """
				    from scope s
				    join enrolment_report e on e.cohort_id = s.cohort_id
				""" + TIMED_HISTORY + """
				where""" + Scope.IN_PERIOD + " and " + Scope.member("e") + """
				    group by e.enrolment_id, e.requested_at, s.programme_id
				), per_programme as (
				    select programme_id,""" + TIMING_FIGURES + """
				    from per_enrolment
				    group by programme_id
				)
				""" + TIMING_ROWS + """
				from per_programme x
				join programme_report p on p.programme_id = x.programme_id
				order by lower(p.title), p.programme_id""", filter)
			.query((rs, n) -> new TimingRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					Scope.oneDecimal(rs.getObject(5, Double.class)), rs.getInt(6), rs.getInt(7), rs.getInt(8),
					rs.getInt(9), rs.getInt(10), Scope.oneDecimal(rs.getObject(11, Double.class))))
			.list();
	}

	/**
	 * The reasons given for cancelled enrolments of cohorts starting in the period, the
	 * same words counted together whatever their case and surrounding spaces, most given
	 * first; the reason of a person whose data was erased is no longer known. At most
	 * {@value #REASONS_SHOWN} reasons, and with each row the totals of all. The reasons
	 * are counted as given first, so that each distinct text is tidied once rather than
	 * once per cancellation; each enrolment's last cancellation is taken with
	 * {@code distinct on} (one sort) rather than an ordered {@code array_agg} per
	 * enrolment.
	 */
	public Reasons cancellationReasons(ReportFilter filter) {
		var rows = Scope.query(jdbc, Scope.SCOPE + """
				, cancelled as (
				    select distinct on (e.enrolment_id) h.reason, h.actor_role as actor
				    from scope s
				    join enrolment_report e on e.cohort_id = s.cohort_id
				    join enrolment_history_report h on h.enrolment_id = e.enrolment_id and h.change = 'CANCELLED'
				    where e.status = 'CANCELLED' and""" + Scope.IN_PERIOD + " and " + Scope.member("e") + """
				    order by e.enrolment_id, h.occurred_at desc
				), as_given as (
				    select reason, count(*) as cancelled,
				           count(*) filter (where actor = 'PARTICIPANT') as by_participant,
				           count(*) filter (where actor = 'SECRETARY') as by_secretary
				    from cancelled
				    group by reason
				), grouped as (
				    select coalesce(lower(regexp_replace(btrim(reason), '\\s+', ' ', 'g')), '') as reason_key,
				           min(regexp_replace(btrim(reason), '\\s+', ' ', 'g')) as shown,
				           sum(cancelled) as cancelled, sum(by_participant) as by_participant,
				           sum(by_secretary) as by_secretary
				    from as_given
				    group by 1
				)
				select shown, cancelled, by_participant, by_secretary, sum(cancelled) over () as total,
				       count(*) over () as reasons
				from grouped
				order by reason_key = '', cancelled desc, reason_key
				limit""" + " " + REASONS_SHOWN, filter)
			.query((rs, n) -> new ReasonRow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6)))
			.list();
		int total = rows.isEmpty() ? 0 : rows.get(0).total();
		int reasons = rows.isEmpty() ? 0 : rows.get(0).reasons();
		int shown = rows.stream().mapToInt(ReasonRow::cancelled).sum();
		return new Reasons(rows, total, reasons - rows.size(), total - shown);
	}

	public record InterestRow(long programmeId, String title, String language, int registrations, int invited,
			int converted) {

		/** Of those invited, the share who signed up for the cohort. */
		public @Nullable Integer conversionPercent() {
			return ReportQueries.percent(converted, invited);
		}
	}

	public record TimingRow(long programmeId, String title, String language, int confirmed,
			@Nullable Double medianDaysToConfirm, int approvalsAsked, int approved, int declined, int expired,
			int waiting, @Nullable Double medianDaysToAnswer) {
	}

	/** One reason (none: not given, or erased) with how often and by whom. */
	public record ReasonRow(@Nullable String reason, int cancelled, int byParticipant, int bySecretary, int total,
			int reasons) {
	}

	/**
	 * The reasons shown, all cancellations, and the reasons and cancellations left out.
	 */
	public record Reasons(List<ReasonRow> rows, int total, int otherReasons, int otherCancelled) {

		public Reasons {
			rows = List.copyOf(rows);
		}
	}

}
