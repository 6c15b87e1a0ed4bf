package org.traject.cohorts.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortOverview;

/**
 * What needs a course secretary today, in order of urgency: minimum-numbers decisions
 * due, offers about to lapse, approvals waiting too long, sign-ups and cancellations
 * since the last visit, waitlists beside a free seat, and interest lists large enough for
 * a new cohort. A fixed number of statements however many cohorts there are: the cohort
 * overview (two), the visit record (one), the changes since the visit (one), the interest
 * lists (one, plus one for their programmes' titles).
 */
@Component
public class SecretaryWorklist {

	/**
	 * After this long without looking at the start page, the next look starts a new
	 * visit: what came in before it counts as seen.
	 */
	static final Duration VISIT_GAP = Duration.ofHours(1);

	/**
	 * On a first visit, sign-ups and cancellations of this many days back count as new.
	 */
	static final Duration FIRST_VISIT_LOOKBACK = Duration.ofDays(7);

	/** An interest list of a programme without cohorts fills a new one from this size. */
	static final int DEFAULT_NEW_COHORT_SIZE = 4;

	private final CohortOverviews overviews;

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	SecretaryWorklist(CohortOverviews overviews, JdbcClient jdbc, Catalogue catalogue) {
		this.overviews = overviews;
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	/**
	 * The secretary's worklist, and a look at the start page recorded: a look more than
	 * {@link #VISIT_GAP} after the previous one begins a new visit, and what came in
	 * until the previous look counts as seen.
	 */
	@Transactional
	public Worklist forSecretary(long personId) {
		Instant seenUntil = recordLook(personId);
		var current = overviews.list(true);
		var changes = changesSince(seenUntil);
		var newSinceVisit = current.stream()
			.filter(c -> changes.containsKey(c.id()))
			.map(c -> new ChangedCohort(c, changes.get(c.id()).signUps(), changes.get(c.id()).cancellations()))
			.toList();
		return new Worklist(current.stream().filter(CohortOverview::minimumDecisionDue).toList(),
				current.stream()
					.filter(c -> c.isUpcoming() && c.offersExpiringSoon())
					.sorted(Comparator.comparing(c -> java.util.Objects.requireNonNull(c.nextOfferExpiry())))
					.toList(),
				current.stream().filter(CohortOverview::approvalsOverdue).toList(), newSinceVisit, seenUntil,
				current.stream().filter(CohortOverview::waitlistBesideFreeSeat).toList());
	}

	/**
	 * Marks everything that came in until now as seen: the start page's list of changes
	 * since the last visit empties.
	 */
	@Transactional
	public void markSeen(long personId) {
		jdbc.sql("""
				insert into secretary_visit (person_id, last_seen_at, seen_until) values (:person, now(), now())
				on conflict (person_id) do update set last_seen_at = now(), seen_until = now()""")
			.param("person", personId)
			.update();
	}

	/**
	 * Records this look and answers until when changes count as seen. One statement: the
	 * row before the update decides.
	 */
	private Instant recordLook(long personId) {
		Timestamp seen = jdbc.sql("""
				insert into secretary_visit (person_id, last_seen_at, seen_until)
				values (:person, now(), now() - make_interval(secs => :lookback))
				on conflict (person_id) do update set
				    seen_until = case when secretary_visit.last_seen_at < now() - make_interval(secs => :gap)
				                      then secretary_visit.last_seen_at else secretary_visit.seen_until end,
				    last_seen_at = now()
				returning seen_until""")
			.param("person", personId)
			.param("lookback", FIRST_VISIT_LOOKBACK.toSeconds())
			.param("gap", VISIT_GAP.toSeconds())
			.query(Timestamp.class)
			.single();
		return seen.toInstant();
	}

	private Map<Long, Changes> changesSince(Instant since) {
		return jdbc
			.sql("""
					select cohort_id, count(*) filter (where kind = 'SIGN_UP') as sign_ups,
					       count(*) filter (where kind = 'CANCELLED') as cancellations
					from (select cohort_id, 'SIGN_UP' as kind from enrolment where requested_at > :since
					      union all
					      select cohort_id, 'CANCELLED' from enrolment_event where change = 'CANCELLED' and occurred_at > :since) x
					group by cohort_id""")
			.param("since", Timestamp.from(since))
			.query((rs, n) -> new Changes(rs.getLong("cohort_id"), rs.getLong("sign_ups"), rs.getLong("cancellations")))
			.list()
			.stream()
			.collect(Collectors.toMap(Changes::cohortId, c -> c));
	}

	/**
	 * Programmes with no planned or open cohort whose interest list is at least the
	 * minimum of their latest cohort (or {@link #DEFAULT_NEW_COHORT_SIZE} for a programme
	 * that never ran): enough people to start a new cohort. Largest first.
	 */
	@Transactional(readOnly = true)
	public List<InterestList> interestListsThatCouldFillACohort() {
		record Row(long programmeId, long waiting, int needed) {
		}
		var rows = jdbc
			.sql("""
					select r.programme_id, count(*) as waiting,
					       greatest(1, coalesce((select c.min_participants from cohort c where c.programme_id = r.programme_id
					                             order by c.start_date desc, c.id desc limit 1), :fallback)) as needed
					from interest_registration r
					where r.status = 'WAITING'
					  and not exists (select 1 from cohort c where c.programme_id = r.programme_id
					                  and c.status in ('PLANNED', 'OPEN'))
					group by r.programme_id
					order by waiting desc, r.programme_id""")
			.param("fallback", DEFAULT_NEW_COHORT_SIZE)
			.query((rs, n) -> new Row(rs.getLong("programme_id"), rs.getLong("waiting"), rs.getInt("needed")))
			.list()
			.stream()
			.filter(r -> r.waiting() >= r.needed())
			.toList();
		var programmes = catalogue.findAll(rows.stream().map(Row::programmeId).toList());
		return rows.stream().filter(r -> programmes.containsKey(r.programmeId())).map(r -> {
			var p = programmes.get(r.programmeId());
			return new InterestList(r.programmeId(), p.title(), p.language(), r.waiting(), r.needed());
		}).toList();
	}

	private record Changes(long cohortId, long signUps, long cancellations) {
	}

	/** What the start page lists, section by section. */
	public record Worklist(List<CohortOverview> decisionsDue, List<CohortOverview> offersLapsing,
			List<CohortOverview> approvalsWaiting, List<ChangedCohort> newSinceVisit, @Nullable Instant seenUntil,
			List<CohortOverview> waitlistsBesideFreeSeat) {
	}

	/** A cohort with the sign-ups and cancellations since the secretary's last visit. */
	public record ChangedCohort(CohortOverview cohort, long signUps, long cancellations) {
	}

	/** A programme's interest list that could fill a new cohort. */
	public record InterestList(long programmeId, String programmeTitle, String programmeLanguage, long waiting,
			long needed) {
	}

}
