package org.traject.demo.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.routemaps.Enums.Audience;
import org.traject.routemaps.Enums.MemberKind;
import org.traject.routemaps.Enums.Membership;
import org.traject.routemaps.Enums.Sector;
import org.traject.routemaps.RouteMapSetup;
import org.traject.routemaps.Texts;
import org.traject.web.SupportedLanguages;

/**
 * The demo route map: the LOCK instrument's four steps with conversation cards whose
 * questions were written for Traject from the public description of the instrument (seed
 * 004), so the version is marked as example content. And one demo partnership with a
 * coordinator ({@value #COORDINATOR}) and a read-only steering-group member
 * ({@value #STEERING}). Written through the route maps' facade {@code RouteMapSetup}, as
 * the administrator and then the coordinator write them. Needs nothing but its own two
 * accounts. Idempotent: nothing happens once the coordinator has a partnership.
 */
@DemoStep
class DemoRouteMaps {

	static final String CODE = "lock-draagvlak";

	static final String COORDINATOR = "coordinator@traject.test";

	static final String STEERING = "steering@traject.test";

	private static final Logger log = LoggerFactory.getLogger(DemoRouteMaps.class);

	private final RouteMapSetup routeMaps;

	private final People people;

	private final TransactionTemplate transactions;

	DemoRouteMaps(RouteMapSetup routeMaps, People people, TransactionTemplate transactions) {
		this.routeMaps = routeMaps;
		this.people = people;
		this.transactions = transactions;
	}

	void create() {
		var coordinator = people.ensureAccount(COORDINATOR, "Mirjam Kolkman", SupportedLanguages.DUTCH,
				DemoAccounts.PASSWORD, Set.of(Role.PARTICIPANT), "Opleidingsschool IJssel-Vallei", "Schoolopleider");
		var steering = people.ensureAccount(STEERING, "Dirk Meulenbelt", SupportedLanguages.DUTCH,
				DemoAccounts.PASSWORD, Set.of(Role.PARTICIPANT), "Opleidingsschool IJssel-Vallei",
				"Voorzitter stuurgroep");
		transactions.executeWithoutResult(status -> {
			if (routeMaps.hasPartnership(coordinator.id())) {
				return;
			}
			long mapId = routeMaps.publish(routeMap());
			long partnership = routeMaps.createPartnership("demo-partnership", "Opleidingsschool IJssel-Vallei", mapId,
					coordinator.id(), true);
			routeMaps.addSteeringMember(partnership, steering.id());
			long coordinatorId = coordinator.id();
			member(partnership, coordinatorId, "OBS De Wilgenhoek", MemberKind.SCHOOL, Sector.PO, Membership.EXISTING,
					"Karin Bos", "k.bos@wilgenhoek.example");
			member(partnership, coordinatorId, "Stichting Veluwse Scholen", MemberKind.BOARD, Sector.PO, Membership.NEW,
					"Erik Mulder", "e.mulder@veluwsescholen.example");
			member(partnership, coordinatorId, "Rijncollege", MemberKind.SCHOOL, Sector.VO, Membership.EXISTING,
					"Fatima El Amrani", "f.elamrani@rijncollege.example");
			member(partnership, coordinatorId, "Vakcollege Apeldoorn", MemberKind.SCHOOL, Sector.MBO, Membership.NEW,
					"Tom Hendriks", null);
		});
		log.info("Demo route map and partnership ready ({} coordinates, {} reads)", COORDINATOR, STEERING);
	}

	private void member(long partnership, long coordinator, String name, MemberKind kind, Sector sector,
			Membership membership, String leader, @Nullable String email) {
		routeMaps.addMember(partnership, coordinator, name, kind, sector, membership, leader, email);
	}

	private long routeMap() {
		long version = routeMaps.createDraft(CODE,
				Texts.of("Draagvlak Samen Opleiden bij leidinggevenden", "Opbakning til samuddannelse hos ledere",
						"Support for partnership-based teacher training among school leaders"),
				Texts.of(
						"Een routekaart in vier stappen met gesprekskaarten, om planmatig te werken aan de betrokkenheid "
								+ "van de schoolleiding bij Samen Opleiden.",
						null, "A route map of four steps with conversation cards, to build the engagement of school "
								+ "leadership with partnership-based teacher training step by step."),
				true);
		long inform = step(version, "Informeren", "Informere", "Informing",
				"De schoolleiding weet wat het partnerschap is en wat het van de school vraagt.",
				"School leaders know what the partnership is and what it asks of the school.");
		card(version, inform, Audience.NEW, "Kennismaken met het partnerschap", "Getting to know the partnership", """
				Wat weet u al van het opleiden van aankomende leraren in uw school?
				Welke rol zou uw school in het partnerschap kunnen spelen?
				Wie in uw school zou aanspreekpunt voor studenten kunnen worden?""", """
				What do you already know about training student teachers in your school?
				What part could your school play in the partnership?
				Who in your school could become the contact for students?""", """
				Vertel wie er in het partnerschap samenwerken en waarom.
				Noem concreet wat deelname vraagt: begeleidingstijd, een schoolopleider, facilitering.""",
				"""
						Explain who works together in the partnership, and why.
						Be concrete about what taking part asks: mentoring time, a school-based teacher educator, facilities.""");
		card(version, inform, Audience.EXISTING, "Bijpraten over het partnerschap", "Catching up on the partnership",
				"""
						Wat weet u van wat het partnerschap het afgelopen jaar heeft bereikt?
						Welke afspraken over opleiden gelden nu in uw school?
						Wat hoort u van studenten en werkplekbegeleiders?""", """
						What do you know of what the partnership achieved in the past year?
						Which agreements about teacher training apply in your school now?
						What do you hear from students and their mentors?""", """
						Deel recente resultaten en cijfers van de eigen school.
						Ga na of nieuwe leidinggevenden al zijn bijgepraat.""", """
						Share recent results and figures of the school itself.
						Check whether new managers have been brought up to date.""");
		card(version, inform, Audience.ALL, "Wie moeten het weten?", "Who needs to know?", """
				Welke leidinggevenden en teams moeten hiervan op de hoogte zijn?
				Hoe en wanneer informeert u uw team?""", """
				Which managers and teams need to know about this?
				How and when will you inform your team?""", null, null);
		long urgency = step(version, "Urgentie creëren", "Skabe nødvendighed", "Creating urgency",
				"De schoolleiding ziet waarom opleiden in de school ertoe doet, juist nu.",
				"School leaders see why training teachers in the school matters, especially now.");
		card(version, urgency, Audience.ALL, "Lerarentekort en binden", "Teacher shortage and retention", """
				Hoe merkt uw school het lerarentekort?
				Hoeveel studenten komen na hun stage bij u werken?
				Wat levert het opleiden u op om nieuwe collega's te boeien en te binden?""", """
				How does your school feel the teacher shortage?
				How many students come to work for you after their placement?
				What does training teachers give you in attracting and keeping new colleagues?""", """
				Gebruik cijfers van de eigen school, niet alleen landelijke.""", """
				Use the school's own figures, not only national ones.""");
		card(version, urgency, Audience.ALL, "Kwaliteit van opleiden", "Quality of training", """
				Wat gaat goed in de begeleiding van studenten, en wat kan beter?
				Wat gebeurt er als de school niets verandert?""", """
				What goes well in mentoring students, and what could be better?
				What happens if the school changes nothing?""", null, null);
		long ownership = step(version, "Eigenaarschap creëren", "Skabe ejerskab", "Creating ownership",
				"De schoolleiding maakt het opleiden tot een zaak van de hele school.",
				"School leaders make teacher training a matter for the whole school.");
		card(version, ownership, Audience.ALL, "De rol van de schoolleiding", "The role of school leadership", """
				Welke rol neemt u zelf als leidinggevende in het opleiden?
				Hoe krijgt het opleiden een plaats in het schoolplan?""", """
				What part do you yourself take in teacher training as a manager?
				How does teacher training get a place in the school plan?""", """
				Voorkom een "schooltje in de school": het opleiden hoort bij de hele organisatie.""", """
				Avoid a "little school within the school": training belongs to the whole organisation.""");
		card(version, ownership, Audience.ALL, "Facilitering", "Time and facilities", """
				Hoeveel tijd krijgen de schoolopleider en de werkplekbegeleiders?
				Wie beslist daarover, en wanneer?""", """
				How much time do the school-based teacher educator and the mentors get?
				Who decides on that, and when?""", null, null);
		long implement = step(version, "Implementeren", "Implementere", "Implementing",
				"Afspraken worden uitgevoerd, vastgelegd en geëvalueerd.",
				"Agreements are carried out, recorded and evaluated.");
		card(version, implement, Audience.NEW, "Eerste stappen als nieuwe partner", "First steps as a new partner", """
				Welke afspraken legt u vast in de samenwerkingsovereenkomst?
				Wanneer ontvangt uw school de eerste studenten?
				Wie wordt schoolopleider, en wie begeleidt de studenten?""", """
				Which agreements do you record in the partnership agreement?
				When will your school receive its first students?
				Who becomes the school-based teacher educator, and who mentors the students?""", """
				Spreek een moment af om na het eerste half jaar samen terug te kijken.""", """
				Agree on a moment to look back together after the first six months.""");
		card(version, implement, Audience.EXISTING, "Verankeren en verbeteren", "Embedding and improving", """
				Welke afspraken uit eerdere jaren evalueren we nu?
				Hoe neemt u het opleiden op in de kwaliteitszorg van de school?
				Wat is de volgende stap voor uw school?""", """
				Which agreements from earlier years do we evaluate now?
				How do you include teacher training in the school's quality assurance?
				What is the next step for your school?""", null, null);
		card(version, implement, Audience.ALL, "Afspraken en vervolg", "Agreements and what follows", """
				Wanneer spreken we elkaar weer?
				Hoe zien we dat de betrokkenheid van de schoolleiding is versterkt?""", """
				When do we meet again?
				How will we see that the engagement of school leadership has grown?""", null, null);
		return version;
	}

	private long step(long version, String nl, String da, String en, String purposeNl, String purposeEn) {
		return routeMaps.addStep(version, Texts.of(nl, da, en), Texts.of(purposeNl, null, purposeEn));
	}

	private void card(long version, long step, Audience audience, String titleNl, String titleEn, String questionsNl,
			String questionsEn, @Nullable String attentionNl, @Nullable String attentionEn) {
		routeMaps.addCard(version, step, audience, Texts.of(titleNl, null, titleEn),
				Texts.of(questionsNl, null, questionsEn), Texts.optional(attentionNl, null, attentionEn));
	}

}
