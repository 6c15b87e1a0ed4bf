package org.traject.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.catalogue.Catalogue;
import org.traject.competencies.CompetencyProfiles;
import org.traject.competencies.ProfileVersionView;
import org.traject.development.ActionStatus;
import org.traject.development.ActionType;
import org.traject.development.DevelopmentImport;
import org.traject.development.DevelopmentImport.SelfRating;
import org.traject.development.GoalDetails;
import org.traject.development.Relation;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.people.Role;

/**
 * The demo participant's development: an earlier and a recent measurement on "Directeur
 * IKC" (so growth shows), the recent one with feedback from the manager and two peers,
 * and a plan with three goals, actions, evidence (a text and a small PDF), shared with
 * the demo coach, who commented and recorded a session. The measurements are imported
 * with their dates (120 and 10 days ago), the plan written as on the pages. Idempotent:
 * measurements are added only when the participant has none, the plan only when they have
 * no plan.
 */
@DemoStep
class DemoDevelopment {

	static final String PARTICIPANT = "participant@traject.test";

	private static final Logger log = LoggerFactory.getLogger(DemoDevelopment.class);

	/**
	 * Self level and affinity now, and the level of the earlier measurement, by
	 * competency name.
	 */
	private static final Map<String, int[]> SELF = Map.of("Visiegericht leidinggeven", new int[] { 3, 4, 2 },
			"Verbinden van onderwijs en opvang", new int[] { 2, 5, 1 }, "Coachend leidinggeven", new int[] { 2, 4, 2 },
			"Teamontwikkeling", new int[] { 3, 2, 2 }, "Resultaatgericht sturen", new int[] { 2, 3, 2 },
			"Bedrijfsmatig handelen", new int[] { 1, 4, 1 }, "Samenwerken met ketenpartners", new int[] { 3, 3, 2 },
			"Ouderbetrokkenheid", new int[] { 3, 2, 3 }, "Reflectie en zelfsturing", new int[] { 3, 3, 2 }, "Innoveren",
			new int[] { 2, 5, 1 });

	private final People people;

	private final CompetencyProfiles profiles;

	private final Catalogue catalogue;

	private final DevelopmentImport development;

	private final TransactionTemplate tx;

	DemoDevelopment(People people, CompetencyProfiles profiles, Catalogue catalogue, DevelopmentImport development,
			TransactionTemplate tx) {
		this.people = people;
		this.profiles = profiles;
		this.catalogue = catalogue;
		this.development = development;
		this.tx = tx;
	}

	void create() {
		var participant = people.findByEmail(PARTICIPANT).orElse(null);
		var coach = people.findByEmail("coach@traject.test").orElse(null);
		var manager = people.findByEmail("manager@traject.test").orElse(null);
		var option = profiles.publishedVersions(Locale.forLanguageTag("nl"))
			.stream()
			.filter(o -> o.name().startsWith("Directeur IKC"))
			.findFirst()
			.orElse(null);
		if (participant == null || coach == null || manager == null || option == null) {
			return;
		}
		var profile = profiles.findVersion(option.versionId(), Locale.forLanguageTag("nl")).orElseThrow();
		Long programmeId = catalogue.idOfSlug("ontwikkeltraject-directeur-ikc").orElse(null);
		Instant now = Instant.now();
		// measurements and plan are checked apart, so a start that stopped half-way is
		// completed by the next one
		if (!development.hasMeasurements(participant.id())) {
			tx.executeWithoutResult(status -> {
				measurement(participant.id(), profile, programmeId, now.minus(Duration.ofDays(120)), 2);
				long recent = measurement(participant.id(), profile, programmeId, now.minus(Duration.ofDays(10)), 0);
				feedback(recent, profile, Relation.MANAGER, manager.displayName(), manager.email(), now, 0);
				feedback(recent, profile, Relation.PEER, "Peter Visser", "peter.visser@example.org", now, 1);
				feedback(recent, profile, Relation.PEER, "Fatima El Amrani", "fatima.elamrani@example.org", now, -1);
			});
		}
		if (development.planOf(participant.id()).isEmpty()) {
			tx.executeWithoutResult(status -> plan(participant.id(), profile, coach));
		}
		log.info("Demo measurements and development plan ready for {}", PARTICIPANT);
	}

	/**
	 * @param selfColumn 0 for the recent levels, 2 for the earlier ones
	 */
	private long measurement(long personId, ProfileVersionView profile, Long programmeId, Instant started,
			int selfColumn) {
		var ratings = new HashMap<Long, SelfRating>();
		forEachCompetency(profile,
				(competency, values) -> ratings.put(competency.id(), new SelfRating(values[selfColumn], values[1])));
		return development.importMeasurement(personId, profile.id(), programmeId, started,
				started.plus(Duration.ofDays(1)), ratings);
	}

	private void feedback(long assessmentId, ProfileVersionView profile, Relation relation, String name, String email,
			Instant now, int offset) {
		Instant invited = now.minus(Duration.ofDays(9));
		var levels = new HashMap<Long, Integer>();
		forEachCompetency(profile, (competency, values) -> levels
			.put(competency.id(), Math.max(1, Math.min(profile.maxLevel(),
					values[0] + (relation == Relation.MANAGER ? 1 : 0) + (competency.id() % 2 == 0 ? offset : 0)))));
		development.importFeedback(assessmentId, relation, name, email, "nl", invited, invited.plus(Duration.ofDays(2)),
				levels);
	}

	private void plan(long personId, ProfileVersionView profile, People.PersonView coach) {
		var byName = new HashMap<String, Long>();
		profile.clusters().forEach(c -> c.competencies().forEach(k -> byName.put(k.name(), k.id())));
		LocalDate today = LocalDate.now();

		long connect = development.addGoal(personId,
				new GoalDetails("Onderwijs en opvang verbinden in één ontwikkellijn",
						"Samen met beide teams een doorgaande lijn 0–13 jaar ontwerpen en invoeren.",
						"Er is een gedragen pedagogisch kader; overdrachten tussen opvang en school verlopen warm.",
						today.plusMonths(6)),
				List.of(byName.get("Verbinden van onderwijs en opvang")));
		development.addAction(personId, connect, ActionType.PROGRAMME_MODULE, "Themadag pedagogische visie 0–13 volgen",
				today.minusDays(20), ActionStatus.DONE);
		development.addAction(personId, connect, ActionType.LEADERSHIP_ASSIGNMENT,
				"Gezamenlijk pedagogisch kader opstellen met leerkrachten en pedagogisch medewerkers",
				today.plusMonths(3), ActionStatus.IN_PROGRESS);
		development.addEvidence(personId, connect, today.minusDays(18),
				"Na de themadag met beide teamleiders de verschillen in werkwijze op een rij gezet. Eerste gezamenlijke studiemiddag gepland.",
				null);
		development.addEvidence(personId, connect, today.minusDays(5),
				"Conceptkader voor de doorgaande lijn (eerste versie).",
				new DevelopmentImport.Document("conceptkader-doorgaande-lijn.pdf", "application/pdf",
						DemoPdf.of("Conceptkader doorgaande lijn 0–13",
								"1. Eén pedagogische visie voor opvang en onderwijs.",
								"2. Warme overdracht bij elke overgang.", "3. Gezamenlijke studiemomenten.")));

		long innovate = development.addGoal(personId, new GoalDetails("Veranderingen stap voor stap invoeren",
				"Leren een vernieuwing als businesscase uit te werken en gefaseerd in te voeren.",
				"De businesscase is door het bestuur goedgekeurd en de eerste fase is gestart.", today.plusMonths(9)),
				List.of(byName.get("Innoveren")));
		development.addAction(personId, innovate, ActionType.READING,
				"Boek over verandermanagement in het onderwijs lezen", today.plusMonths(1), ActionStatus.PLANNED);
		development.addAction(personId, innovate, ActionType.LEADERSHIP_ASSIGNMENT,
				"Businesscase 'integraal kindcentrum' uitwerken", today.plusMonths(4), ActionStatus.IN_PROGRESS);

		long coaching = development.addGoal(personId,
				new GoalDetails("Coachend leidinggeven in ontwikkelgesprekken",
						"Meer vragen, minder oplossingen aandragen in gesprekken met medewerkers.",
						"Medewerkers geven in de teamevaluatie aan dat zij meer ruimte ervaren.", today.plusMonths(5)),
				List.of(byName.get("Coachend leidinggeven")));
		development.addAction(personId, coaching, ActionType.COACHING_SESSION,
				"Coachgesprek op basis van de affiniteitenmeting", today.minusDays(3), ActionStatus.DONE);
		development.addAction(personId, coaching, ActionType.NETWORK_MEETING, "Intervisie met collega-directeuren",
				today.plusMonths(2), ActionStatus.PLANNED);

		development.shareWithCoach(personId, coach.id());
		long planId = development.planOf(personId).orElseThrow();
		var asCoach = new CurrentUser(coach.id(), coach.email(), coach.displayName(), coach.preferredLanguage(),
				Set.of(Role.COACH), "", true);
		development.comment(asCoach, planId, connect,
				"Mooi begin. Betrek ook de ouderraad bij het kader: dat maakt de doorgaande lijn zichtbaar voor ouders.");
		development.recordSession(asCoach, planId, today.minusDays(3),
				"Besproken: uitkomsten affiniteitenmeting, keuze voor drie doelen. Volgende keer: voortgang businesscase.");
	}

	private static void forEachCompetency(ProfileVersionView profile,
			BiConsumer<ProfileVersionView.CompetencyView, int[]> action) {
		profile.clusters()
			.forEach(c -> c.competencies()
				.forEach(k -> action.accept(k, SELF.getOrDefault(k.name(), new int[] { 3, 3, 2 }))));
	}

}
