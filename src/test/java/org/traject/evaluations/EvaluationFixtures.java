package org.traject.evaluations;

import java.util.Optional;
import org.awaitility.Awaitility;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.ProgrammeDetails;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.Sector;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.SeatRelease;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.people.Actor;
import org.traject.people.People;
import org.traject.people.Role;

/**
 * Programmes and cohorts whose sessions have just ended, with confirmed participants,
 * built through the modules' own services; and the personal links as the emails carry
 * them. Every programme is new, so other tests' data never counts.
 */
class EvaluationFixtures {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final Pattern LINK = Pattern.compile("/evaluation/([A-Za-z0-9_-]{43})");

	private final ProgrammeEditing programmes;

	private final CohortEditing cohorts;

	private final EnrolmentAdministration administration;

	private final People people;

	private final JdbcClient jdbc;

	EvaluationFixtures(ApplicationContext context) {
		this.programmes = context.getBean(ProgrammeEditing.class);
		this.cohorts = context.getBean(CohortEditing.class);
		this.administration = context.getBean(EnrolmentAdministration.class);
		this.people = context.getBean(People.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	long programme(String language) {
		String slug = "evaluation-" + UUID.randomUUID().toString().substring(0, 8);
		long id = programmes.create(new ProgrammeDetails(slug, "Evaluated programme " + slug, "For the evaluations",
				language, ProgrammeFormat.TALENT_PROGRAMME, Set.of(), Set.of(Sector.PRIMARY), "", "", "", "", "", 0,
				"EUR", null, null, null, false, null));
		programmes.addModule(id, ModuleType.THEME_DAY, "Theme day", BigDecimal.ONE, "");
		return id;
	}

	/**
	 * A cohort of the given capacity whose sessions (a week apart) all lie in the past,
	 * the last one ended an hour before {@code now}.
	 */
	Cohort endedCohort(long programmeId, int capacity, int sessions, Instant now) {
		Instant lastEnd = now.minus(Duration.ofHours(1));
		LocalDate lastDay = lastEnd.atZone(AMSTERDAM).toLocalDate();
		LocalDate start = lastDay.minusWeeks(sessions - 1L);
		long id = cohorts.create(programmeId,
				new CohortSettings("EV-" + UUID.randomUUID().toString().substring(0, 6), start, lastDay, "Utrecht",
						false, AMSTERDAM.getId(), capacity, 0, start.minusDays(30), start.minusDays(2),
						SeatRelease.CONFIRM_NEXT, 48));
		var ids = new ArrayList<Long>();
		for (int s = 0; s < sessions; s++) {
			Instant end = lastEnd.minus(Duration.ofDays(7L * (sessions - 1 - s)));
			ids.add(cohorts.addSession(id, null, "Day " + (s + 1), end.minus(Duration.ofHours(6)), end, null));
		}
		return new Cohort(id, List.copyOf(ids));
	}

	People.PersonView enrol(long cohortId, String name) {
		var person = people.ensureAccount(
				name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "-" + UUID.randomUUID() + "@example.org",
				name, Locale.ENGLISH, null, Set.of(Role.PARTICIPANT), "School", "Leader");
		administration.enrol(cohortId, person.id(), Actor.system(), null);
		return person;
	}

	/** The personal link in the latest queued email of the kind to the address. */
	String link(String kind, String email) {
		// the email is queued by a listener after the commit, on another thread: on a
		// busy
		// machine it can come a moment after the job has returned
		String body = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("""
					select text_body from outgoing_email where recipient = :to and kind = :kind
					order by id desc limit 1""").param("to", email).param("kind", kind).query(String.class).optional(),
					Optional::isPresent)
			.orElseThrow();
		var m = LINK.matcher(body);
		if (!m.find()) {
			throw new AssertionError("no evaluation link in " + body);
		}
		return m.group(1);
	}

	int emails(String kind, String email) {
		return jdbc.sql("select count(*) from outgoing_email where recipient = :to and kind = :kind")
			.param("to", email)
			.param("kind", kind)
			.query(Integer.class)
			.single();
	}

	long round(long cohortId) {
		return jdbc.sql("select id from evaluation_round where cohort_id = :c and session_id is null")
			.param("c", cohortId)
			.query(Long.class)
			.single();
	}

	/**
	 * Moves a round's invitations back in time, as if they had been sent that many days
	 * earlier.
	 */
	void invitedDaysAgo(long roundId, int days) {
		jdbc.sql("""
				update evaluation_invitation set invited_at = invited_at - make_interval(days => :d)
				where round_id = :r""").param("d", days).param("r", roundId).update();
	}

	record Cohort(long id, List<Long> sessions) {
	}

}
