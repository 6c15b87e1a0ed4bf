package org.traject.demo.internal;

import static org.traject.catalogue.CareerPhase.ESTABLISHED;
import static org.traject.catalogue.CareerPhase.INDUCTION;
import static org.traject.catalogue.CareerPhase.ORIENTATION;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.catalogue.AccreditationRegister;
import org.traject.catalogue.CareerPhase;
import org.traject.catalogue.ContactRole;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.ProgrammeDetails;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.ProgrammeImport;
import org.traject.catalogue.Sector;

/**
 * The five seed programmes (their texts paraphrased in their own language; seed 003's
 * modules as listed there) and generated programmes so the catalogue has more than one
 * page, written as an administrator does (the catalogue's {@code ProgrammeImport}), in
 * one transaction. Idempotent: a programme whose slug exists is skipped.
 */
@DemoStep
class DemoProgrammes {

	private final ProgrammeImport programmes;

	private final TransactionTemplate transactions;

	DemoProgrammes(ProgrammeImport programmes, TransactionTemplate transactions) {
		this.programmes = programmes;
		this.transactions = transactions;
	}

	void create() {
		transactions.executeWithoutResult(status -> {
			ikcDirectorTrack();
			danishLearningDay();
			secondarySchoolLeaders();
			talentProgramme();
			routeMap();
			generated();
		});
	}

	private void ikcDirectorTrack() {
		var p = programme("ontwikkeltraject-directeur-ikc", "Ontwikkeltraject Directeur Integraal Kindcentrum",
				"Schoolleiders en managers kinderopvang groeien samen naar het directeurschap van een integraal kindcentrum (0–13 jaar).",
				"nl", ProgrammeFormat.MANAGEMENT_DEVELOPMENT_TRACK, EnumSet.of(INDUCTION, ESTABLISHED),
				EnumSet.of(Sector.INTEGRATED_CHILD_CENTRE, Sector.CHILDCARE, Sector.PRIMARY),
				"""
						Directeuren en managers van scholen en kinderopvang die samen verder willen als **directeur IKC**: \
						één leidinggevende voor een integraal aanbod van 0 tot 13 jaar.""",
				"""
						Onderwijs en kinderopvang leren van elkaar. Het traject dient de persoonlijke ontwikkeling van de \
						deelnemers én de ontwikkeling van de organisatie als geheel.""",
				"""
						- Het functie- en competentieprofiel *directeur IKC* wordt eerst samen aangescherpt.
						- Iedere deelnemer doet een **affiniteitenmeting** op die competenties; daaruit blijkt het persoonlijke ontwikkelpotentieel.
						- Deelnemers werken een **businesscase** uit die na het traject in de eigen organisatie wordt uitgevoerd.
						- Waar de meting daarom vraagt, volgt een aanvullend coachtraject.""",
				"""
						- Je leidt verandering: je initieert, implementeert en neemt zelf verantwoordelijkheid.
						- Je verbindt onderwijs en kinderopvang in één pedagogische visie.
						- Je vertaalt je ontwikkelpotentieel naar een persoonlijk ontwikkelplan.""",
				"""
						**Vooraf:** doe de affiniteitenmeting en bespreek het profiel met je bestuurder.
						**Daarna:** je voert je businesscase uit; de trajectbegeleider kijkt na drie maanden met je terug.""",
				395000, "EUR", AccreditationRegister.SCHOOL_LEADERS_REGISTER, new BigDecimal("40"), 4, false);
		if (p == null) {
			return;
		}
		p.addModule(ModuleType.KICK_OFF, "Kick-off: het profiel directeur IKC", BigDecimal.ONE,
				"Samen het functie- en competentieprofiel aanscherpen.");
		p.addModule(ModuleType.THEME_DAY, "Themadag: pedagogische visie 0–13", BigDecimal.ONE, "");
		p.addModule(ModuleType.THEME_DAY, "Themadag: verandering leiden", BigDecimal.ONE, "");
		p.addModule(ModuleType.THEME_DAY, "Themadag: organisatieontwikkeling", BigDecimal.ONE, "");
		p.addModule(ModuleType.COACHING_SESSION, "Coachgesprek op basis van de affiniteitenmeting", BigDecimal.ONE, "");
		p.addModule(ModuleType.LEADERSHIP_ASSIGNMENT, "Businesscase in de eigen organisatie", BigDecimal.ZERO,
				"Uitgevoerd na het traject.");
		p.addModule(ModuleType.KICK_ON, "Presentatie businesscases", BigDecimal.ONE, "");
		p.addContact(ContactRole.CONSULTANT, "Marloes van Dijk", "marloes.vandijk@traject.test", "030 123 45 67");
		p.addContact(ContactRole.COURSE_SECRETARY, "Peter de Groot", "secretariaat@traject.test", "030 123 45 00");
		p.publish();
	}

	private void danishLearningDay() {
		var p = programme("laeringsdag-barnets-foerste-1000-dage", "Læringsdag for ledere: barnets første 1000 dage",
				"En læringsdag om ledelse af indsatser i barnets første 1000 dage og de strukturer, der forankrer ny viden i dagtilbud.",
				"da", ProgrammeFormat.LEARNING_DAY, EnumSet.of(ESTABLISHED), EnumSet.of(Sector.CHILDCARE),
				"""
						Forvaltningschefer, klynge- og områdeledere, pædagogiske ledere og pædagogiske konsulenter, der \
						understøtter kompetenceudvikling og udviklingsstrukturer i dagtilbud.""",
				"""
						Dagen giver indsigt i, hvordan elementer fra kompetenceudviklingen omsættes i hverdagen, og sætter \
						fokus på de organisatoriske strukturer og den strategiske tænkning, der gør forandringer varige.""",
				"""
						- Ledelsespositioner og opgaver, når indsatser skal koordineres
						- Strukturer, processer og metoder, der understøtter arbejdet fremover
						- Forandring og forankring af nye tiltag
						- Hvad går vi hjem og gør i praksis?

						Dagen veksler mellem oplæg og faciliteret arbejde i mindre grupper.""", """
						- Større viden om strukturer og processer, der bærer indsatserne
						- Indsigt i ledelsens positioner i koordineringen
						- Kompetenceudvikling tænkt lokalt og strategisk""",
				"""
						**Før dagen:** kortlæg eksisterende aktiviteter og organisering; du får en skabelon til kortlægningen.
						**Efter dagen:** arbejd med lokal og kommunal forankring og sæt koordinerede udviklingstiltag i gang.""",
				0, "DKK", null, null, null, false);
		if (p == null) {
			return;
		}
		p.addModule(ModuleType.LEARNING_DAY, "Læringsdag", BigDecimal.ONE, "Oplæg og faciliteret gruppearbejde.");
		p.addContact(ContactRole.CONSULTANT, "Lene Holm", "lene.holm@traject.test", "+45 33 12 34 56");
		p.addContact(ContactRole.COURSE_SECRETARY, "Birgitte Dahl", "kursus@traject.test", "+45 33 12 34 00");
		p.publish();
	}

	private void secondarySchoolLeaders() {
		var p = programme("intervisietraject-beginnende-schoolleiders-vo",
				"Intervisietraject voor beginnende schoolleiders VO",
				"Zes intervisiebijeenkomsten met collega's die net begonnen zijn als schoolleider in het voortgezet onderwijs.",
				"nl", ProgrammeFormat.INTERVISION_TRACK, EnumSet.of(INDUCTION), EnumSet.of(Sector.SECONDARY),
				"Schoolleiders in hun eerste twee jaar in het voortgezet onderwijs.",
				"Leidinggeven is verbinden, samenwerken en besluiten nemen, maar ook kritisch naar jezelf kijken. In de inwerkfase helpt intervisie je daarbij.",
				"Casuïstiek uit je eigen school, begeleid volgens een vaste intervisiemethode.",
				"- Je reflecteert op je eigen handelen als leidinggevende.\n- Je bouwt een netwerk op met collega-schoolleiders.",
				"**Vooraf:** neem een casus uit je eigen praktijk mee.", 95000, "EUR", null, null, null, true);
		if (p != null) {
			for (int i = 1; i <= 6; i++) {
				p.addModule(ModuleType.NETWORK_GROUP_MEETING, "Intervisiebijeenkomst " + i, new BigDecimal("0.5"), "");
			}
			p.publish();
		}
		var m = programme("masterclass-strategisch-personeelsbeleid", "Masterclass strategisch personeelsbeleid",
				"Een masterclass voor ervaren schoolleiders over personeelsbeleid dat past bij toekomstgericht onderwijs.",
				"nl", ProgrammeFormat.MASTERCLASS, EnumSet.of(ESTABLISHED), EnumSet.of(Sector.SECONDARY),
				"Ervaren schoolleiders en bestuurders in het voortgezet onderwijs.",
				"Leiderschap dat toekomstgericht onderwijs mogelijk maakt, in samenhang met strategisch personeelsbeleid.",
				"Inleiding door een onderzoeker, daarna werken aan je eigen personeelsvraagstuk.",
				"- Je verbindt je schoolvisie met je personeelsbeleid.", "", 45000, "EUR",
				AccreditationRegister.SCHOOL_LEADERS_REGISTER, new BigDecimal("6"), null, false);
		if (m != null) {
			m.addModule(ModuleType.MASTERCLASS, "Masterclass", BigDecimal.ONE, "");
			m.publish();
		}
		var c = programme("gesprek-met-een-managementcoach", "Gratis gesprek met een managementcoach",
				"Een vrijblijvend gesprek met een ervaren managementcoach, in elke fase van je loopbaan.", "nl",
				ProgrammeFormat.COACHING, EnumSet.of(ORIENTATION, INDUCTION, ESTABLISHED), EnumSet.of(Sector.SECONDARY),
				"Schoolleiders in het voortgezet onderwijs.", "Even sparren over een vraag uit je werk.", "", "", "", 0,
				"EUR", null, null, null, false);
		if (c != null) {
			c.addModule(ModuleType.COACHING_SESSION, "Coachgesprek", new BigDecimal("0.5"), "");
			c.publish();
		}
	}

	private void talentProgramme() {
		var p = programme("ledertalentudvikling", "Ledertalentudvikling: meritgivende forløb for kommende ledere",
				"Et etårigt forløb for kommende skole- og institutionsledere på tværs af skole, dagtilbud og fritid (0–18 år).",
				"da", ProgrammeFormat.TALENT_PROGRAMME, EnumSet.of(ORIENTATION),
				EnumSet.of(Sector.WHOLE_RANGE, Sector.CHILDCARE, Sector.PRIMARY, Sector.SECONDARY), """
						Fagligt stærke medarbejdere fra skoler, dagtilbud og fritidsområdet, som forvaltningen ser som \
						kommende ledere.""", """
						Forløbet udvikler den enkeltes lederkompetencer og giver mod på ledelse. Fordi målgrupperne er \
						samlet, arbejder talenterne i et 0–18-års perspektiv med bedre overgange.""", """
						Særligt fokus på:

						- **Det personlige lederskab**: fra fagligt udgangspunkt til lederens tværgående blik
						- **Personaleledelse og ledelsesrum**: ledelse udøvet i et ledelseskollektiv
						- **Faglig ledelse**: kerneopgaven i centrum, delegering og tillid
						- **Databaseret ledelse**: sammenhængen mellem indsatser og resultater
						- **Udviklingsprocesser**: metoder til procesledelse og facilitering
						- **Viden i praksisnær kontekst**: ledelsesopgave og praktik, case-eksamen
						- **Netværk** på tværs af forvaltningen""", """
						- Flere ledelsesperspektiver og refleksion
						- Metoder til facilitering og involvering
						- Et solidt netværk på tværs af forvaltningen""", """
						**Før:** din leder indstiller dig, og du laver en personlig udviklingsplan.
						**Efter:** omkring 60 % af et hold får en formel lederstilling eller en ledelseslignende rolle \
						(koordinator, souschef).""", 0, "DKK", AccreditationRegister.DIPLOMA_ECTS, new BigDecimal("5"),
				null, true);
		if (p == null) {
			return;
		}
		p.addModule(ModuleType.OTHER, "Personlig udviklingsplan", BigDecimal.ZERO, "");
		p.addModule(ModuleType.KICK_OFF, "Kick-off", BigDecimal.ONE, "");
		for (int i = 1; i <= 4; i++) {
			p.addModule(ModuleType.THEME_DAY, "Faglig temadag " + i, BigDecimal.ONE, "");
		}
		for (int i = 1; i <= 3; i++) {
			p.addModule(ModuleType.NETWORK_GROUP_MEETING, "Faciliteret møde i netværksgruppen " + i, BigDecimal.ONE,
					"");
		}
		p.addModule(ModuleType.ELECTIVE_DIPLOMA_MODULE, "Valgmodul i Diplom i Ledelse", new BigDecimal("5"),
				"Skræddersyet valgmodul på fem dage.");
		p.addModule(ModuleType.EXAM, "Eksamen (case-eksamen)", BigDecimal.ZERO, "");
		p.addModule(ModuleType.LEADERSHIP_ASSIGNMENT, "lokal ledelsesopgave i egen enhed", BigDecimal.ZERO, "");
		p.addModule(ModuleType.INTERNSHIP, "Praktik i anden enhed", new BigDecimal("5"), "");
		p.addModule(ModuleType.COACHING_SESSION, "Coachingsession 1", BigDecimal.ONE, "");
		p.addModule(ModuleType.COACHING_SESSION, "Coachingsession 2", BigDecimal.ONE, "");
		p.addModule(ModuleType.OTHER, "Inddragelse af egen chef", BigDecimal.ZERO,
				"Sikrer transfer, praksisnærhed og opfølgning.");
		p.addModule(ModuleType.KICK_ON, "Kick-on", BigDecimal.ONE, "");
		p.addModule(ModuleType.AREA_DIRECTOR_MEETING, "Møder med egen områdedirektør", BigDecimal.ZERO, "");
		p.addContact(ContactRole.PROGRAMME_LEADER, "Jens Mikkelsen", "jens.mikkelsen@traject.test", "+45 33 12 34 77");
		p.addContact(ContactRole.COURSE_SECRETARY, "Birgitte Dahl", "kursus@traject.test", "+45 33 12 34 00");
		p.publish();
	}

	private void routeMap() {
		var p = programme("routekaart-betrokkenheid-schoolleiding",
				"Routekaart: schoolleiding betrekken bij Samen Opleiden",
				"Vier bijeenkomsten waarin een opleidingspartnerschap planmatig werkt aan de betrokkenheid van schoolleiders.",
				"nl", ProgrammeFormat.INTENSIVE_TRACK, EnumSet.of(ESTABLISHED),
				EnumSet.of(Sector.PRIMARY, Sector.SECONDARY, Sector.VOCATIONAL),
				"Schoolopleiders, programmaleiders en schoolleiders van partnerscholen in een opleidingspartnerschap.",
				"Draagvlak en facilitering voor Samen Opleiden zijn een verantwoordelijkheid van de schoolleiding. De routekaart helpt partnerschappen die betrokkenheid stap voor stap te vergroten.",
				"""
						De routekaart kent vier stappen, elk met gesprekskaarten vol vragen; die verschillen voor nieuwe en \
						voor bestaande partnerscholen:

						1. Informeren
						2. Urgentie creëren
						3. Eigenaarschap creëren
						4. Implementeren""",
				"- Je weet welke stap past bij elke partnerschool.\n- Je voert het gesprek met de schoolleiding met de juiste vragen.",
				"**Daarna:** je maakt per partnerschool een plan voor de volgende stap.", 60000, "EUR", null, null,
				null, false);
		if (p == null) {
			return;
		}
		for (String step : List.of("Informeren", "Urgentie creëren", "Eigenaarschap creëren", "Implementeren")) {
			p.addModule(ModuleType.LEARNING_DAY, "Stap: " + step, new BigDecimal("0.5"), "");
		}
		p.publish();
	}

	/**
	 * Enough further programmes, in all three languages, that the catalogue has more than
	 * one page.
	 */
	private void generated() {
		record Theme(String slug, String nl, String da, String en) {
		}
		var themes = List.of(
				new Theme("data-informed-leadership", "Datagedreven leiderschap", "Databaseret ledelse",
						"Data-informed leadership"),
				new Theme("leading-change", "Verandering leiden", "Led forandringer", "Leading change"),
				new Theme("pedagogical-leadership", "Pedagogisch leiderschap", "Pædagogisk ledelse",
						"Pedagogical leadership"),
				new Theme("difficult-conversations", "Moeilijke gesprekken voeren", "Svære samtaler",
						"Difficult conversations"),
				new Theme("team-development", "Teamontwikkeling", "Teamudvikling", "Team development"),
				new Theme("strategic-hr", "Strategisch personeelsbeleid", "Strategisk personaleledelse",
						"Strategic people management"));
		var formats = List.of(ProgrammeFormat.MASTERCLASS, ProgrammeFormat.INTENSIVE_TRACK,
				ProgrammeFormat.LEARNING_DAY);
		var sectors = List.of(Sector.PRIMARY, Sector.CHILDCARE, Sector.SECONDARY, Sector.VOCATIONAL);
		int i = 0;
		for (Theme theme : themes) {
			for (String language : List.of("nl", "da", "en")) {
				String title = switch (language) {
					case "nl" -> theme.nl();
					case "da" -> theme.da();
					default -> theme.en();
				};
				String summary = switch (language) {
					case "nl" -> "Een praktijkgericht aanbod over " + theme.nl().toLowerCase()
							+ " voor leidinggevenden in onderwijs en kinderopvang.";
					case "da" ->
						"Et praksisnært forløb om " + theme.da().toLowerCase() + " for ledere i skole og dagtilbud.";
					default ->
						"A practical offer on " + theme.en().toLowerCase() + " for leaders in schools and childcare.";
				};
				String content = switch (language) {
					case "nl" ->
						"Korte inleidingen, oefenen met casussen uit uw eigen praktijk en intervisie met collega's.";
					case "da" -> "Korte oplæg, øvelser med cases fra din egen praksis og sparring med kolleger.";
					default -> "Short talks, practice with cases from your own work and peer consultation.";
				};
				var format = formats.get(i % formats.size());
				var p = programme(theme.slug() + "-" + language, title, summary, language, format,
						EnumSet.of(CareerPhase.values()[i % 3]), EnumSet.of(sectors.get(i % sectors.size())), "", "",
						content, "", "", (i % 4 == 0) ? 0 : 25000 + 5000 * (i % 5),
						"da".equals(language) ? "DKK" : "EUR", null, null, null, false);
				if (p != null) {
					p.addModule(
							format == ProgrammeFormat.MASTERCLASS ? ModuleType.MASTERCLASS : ModuleType.LEARNING_DAY,
							title, format == ProgrammeFormat.INTENSIVE_TRACK ? new BigDecimal("3") : BigDecimal.ONE,
							"");
					p.publish();
				}
				i++;
			}
		}
	}

	/**
	 * A new programme, or null when one with this slug exists (demo data is idempotent).
	 */
	private @Nullable Draft programme(String slug, String title, String summary, String language,
			ProgrammeFormat format, Set<CareerPhase> phases, Set<Sector> sectors, String targetGroup, String purpose,
			String content, String learningGoals, String beforeAndAfter, int priceCents, String currency,
			@Nullable AccreditationRegister register, @Nullable BigDecimal points, @Nullable Integer renewalYears,
			boolean approval) {
		if (programmes.exists(slug)) {
			return null;
		}
		return new Draft(programmes.create(new ProgrammeDetails(slug, title, summary, language, format, phases, sectors,
				targetGroup, purpose, content, learningGoals, beforeAndAfter, priceCents, currency, register, points,
				renewalYears, approval, null)));
	}

	/** A programme being written: its modules and contacts, then published. */
	private final class Draft {

		private final long id;

		Draft(long id) {
			this.id = id;
		}

		void addModule(ModuleType type, String title, BigDecimal days, String description) {
			programmes.addModule(id, type, title, days, description);
		}

		void addContact(ContactRole role, String name, String email, String phone) {
			programmes.addContact(id, role, name, email, phone);
		}

		void publish() {
			programmes.publish(id);
		}

	}

}
