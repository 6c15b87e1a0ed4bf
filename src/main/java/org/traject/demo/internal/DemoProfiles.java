package org.traject.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.competencies.ProfileDocument;
import org.traject.competencies.ProfileImport;
import org.traject.people.Actor;

/**
 * Two published demo profiles: "Directeur IKC" (Dutch, seed 000; version 1 retired after
 * the profile was sharpened) and "Skoleleder / institutionsleder" (Danish, the clusters
 * of seed 003). Written through {@code ProfileImport} (the competencies facade): the
 * editor's and the import's own steps, by ids, with the same audit entries. Needs nothing
 * of the other steps, and nothing reacts to it but the programme links after it.
 * Idempotent: a profile whose code exists is left alone.
 */
@DemoStep
class DemoProfiles {

	static final String IKC = "directeur-ikc";

	static final String SKOLELEDER = "skoleleder-institutionsleder";

	private static final Logger log = LoggerFactory.getLogger(DemoProfiles.class);

	private final ProfileImport profiles;

	private final TransactionTemplate tx;

	DemoProfiles(ProfileImport profiles, TransactionTemplate tx) {
		this.profiles = profiles;
		this.tx = tx;
	}

	void create() {
		tx.executeWithoutResult(status -> {
			if (!profiles.exists(IKC)) {
				directeurIkc();
			}
			if (!profiles.exists(SKOLELEDER)) {
				skoleleder();
			}
		});
		log.info("Demo competency profiles ready");
	}

	private void directeurIkc() {
		var nl = new ProfileDocument.Text("Directeur IKC", "Directeur integraal kindcentrum (0–13 jaar)",
				"Functie- en competentieprofiel voor de directeur die onderwijs en kinderopvang op één locatie aanstuurt.");
		var en = new ProfileDocument.Text("IKC director", "Director of an integrated child centre (0–13)",
				"Role and competency profile for the director who leads education and childcare at one location.");
		var scale = levels("Oriënterend",
				"Kent het gedrag en herkent het bij anderen; laat het zelf nog incidenteel zien.", "Ontwikkelend",
				"Laat het gedrag zien in vertrouwde situaties, met ondersteuning van anderen.", "Bekwaam",
				"Laat het gedrag zelfstandig en consistent zien in de eigen locatie.", "Gevorderd",
				"Laat het gedrag ook in complexe, nieuwe situaties zien en helpt anderen het te ontwikkelen.",
				"Voorbeeldgevend", "Is binnen en buiten de organisatie een voorbeeld en vernieuwt de praktijk.");
		var clusters = new ArrayList<ProfileDocument.Cluster>();
		clusters.add(cluster("Visie en koers", "Richting geven aan het kindcentrum als geheel.", competency(
				"Visiegericht leidinggeven",
				"Ontwikkelt samen met team en ouders een gedragen visie op de ontwikkeling van kinderen van 0 tot 13 jaar en vertaalt die in beleid.",
				4, "Formuleert een heldere visie die onderwijs en opvang omvat",
				"Betrekt medewerkers, ouders en bestuur bij het bepalen van de koers",
				"Maakt keuzes zichtbaar in het jaarplan en de begroting")));
		clusters.add(cluster("Mensen en teams", "Medewerkers van onderwijs en opvang tot één team smeden.",
				competency("Coachend leidinggeven",
						"Stimuleert medewerkers om eigenaarschap te nemen voor hun ontwikkeling en werk.", 4,
						"Voert regelmatig ontwikkelgesprekken met medewerkers",
						"Stelt open vragen in plaats van oplossingen aan te dragen",
						"Geeft ruimte aan initiatief en spreekt aan op afspraken"),
				competency("Teamontwikkeling",
						"Bouwt aan een lerende cultuur waarin leerkrachten en pedagogisch medewerkers van elkaar leren.",
						2, "Organiseert gezamenlijke studiemomenten voor onderwijs en opvang",
						"Benut verschillen in achtergrond als kracht van het team")));
		clusters.add(cluster("Organisatie en bedrijfsvoering", "Een gezonde, goed georganiseerde organisatie.",
				competency("Resultaatgericht sturen",
						"Stuurt op afgesproken doelen voor kwaliteit, personeel en financiën en legt verantwoording af.",
						3, "Maakt doelen meetbaar en volgt ze zichtbaar",
						"Grijpt tijdig in wanneer resultaten achterblijven"),
				competency("Bedrijfsmatig handelen",
						"Combineert de bekostiging en regelgeving van onderwijs en kinderopvang tot een sluitende exploitatie.",
						3, "Kent de financieringsstromen van onderwijs en kinderopvang",
						"Stelt een integrale begroting op en bewaakt die")));
		clusters.add(cluster("Omgeving en samenwerking", "Samenwerken buiten de eigen organisatie.",
				competency("Samenwerken met ketenpartners",
						"Bouwt duurzame relaties met gemeente, jeugdzorg, en andere partners rond het kind.", 3,
						"Neemt deel aan overleg in de wijk en de gemeente",
						"Maakt heldere afspraken over rollen en verantwoordelijkheden"),
				competency("Ouderbetrokkenheid", "Maakt ouders tot partner in de ontwikkeling van hun kind.", 3,
						"Organiseert laagdrempelige ontmoetingen met ouders",
						"Zorgt voor één doorgaande lijn in de communicatie met ouders")));
		clusters.add(cluster("Persoonlijk leiderschap", "Zicht op de eigen rol en ontwikkeling.",
				competency("Reflectie en zelfsturing",
						"Reflecteert op het eigen handelen en stuurt de eigen ontwikkeling bij.", 4,
						"Vraagt actief feedback aan medewerkers en bestuur",
						"Kent de eigen valkuilen en gaat er bewust mee om"),
				competency("Innoveren",
						"Initieert veranderingen, implementeert ze en neemt verantwoordelijkheid voor de uitkomst.", 4,
						"Vertaalt nieuwe concepten naar een businesscase",
						"Brengt vernieuwingen stap voor stap in praktijk")));
		var doc = new ProfileDocument(ProfileDocument.FORMAT, "nl", Map.of("nl", nl, "en", en), scale, clusters);

		// Version 1 as first used; version 2 sharpened it (seed 000: "we stelden eerst
		// het profiel nog eens scherp").
		long v1 = profiles.create(Actor.system(), IKC, doc);
		long published = profiles.publish(Actor.system(), v1);
		long v2 = profiles.edit(Actor.system(), published);
		profiles.addCompetency(Actor.system(), v2, "Visie en koers", competency("Verbinden van onderwijs en opvang",
				"Brengt onderwijs en kinderopvang samen tot één doorgaande ontwikkellijn voor kinderen van 0 tot 13 jaar.",
				4, "Ontwerpt een gezamenlijk pedagogisch-didactisch kader",
				"Ziet de verschillen tussen onderwijs en opvang én omarmt ze",
				"Organiseert warme overdrachten tussen opvang, peuterwerk en school"));
		// the second competency of "Mensen en teams"
		profiles.changeTargetLevel(Actor.system(), v2, "Teamontwikkeling", 3);
		profiles.publish(Actor.system(), v2);
	}

	private void skoleleder() {
		var da = new ProfileDocument.Text("Skoleleder / institutionsleder",
				"Kommende skole- og institutionsleder (0–18 år)",
				"Ledelsesprofil for ledertalenter på skole-, dagtilbuds- og fritidsområdet.");
		var en = new ProfileDocument.Text("School / institution leader", "Future school and day-care leader (0–18)",
				"Leadership profile for leadership talents in schools, day care and leisure services.");
		var scale = levels("Begynder",
				"Kender kompetencen og genkender den hos andre, men bruger den endnu sjældent selv.", "Øvet",
				"Bruger kompetencen i kendte situationer med sparring fra egen chef.", "Kompetent",
				"Bruger kompetencen selvstændigt og stabilt i egen enhed.", "Erfaren",
				"Bruger kompetencen i komplekse situationer og hjælper andre med at udvikle den.", "Ekspert",
				"Er et forbillede på tværs af forvaltningen og udvikler praksis.");
		var clusters = List.of(
				cluster("Personligt lederskab", "Perspektivskiftet fra fagperson til leder.",
						competency("Lederidentitet", "Træder ind i lederrollen med mod og bevidsthed om egen stil.", 3,
								"Kan beskrive egen ledelsesstil ud fra MBTI-profilen",
								"Reflekterer over motivation, karriere, mod og timing",
								"Tager tværgående ansvar ud over eget fagområde")),
				cluster("Personaleledelse og ledelsesrum",
						"Ledelse udøvet i et ledelseskollektiv og sammen med medarbejderne.",
						competency("Personaleledelse", "Leder medarbejdere tydeligt og med tillid.", 3,
								"Holder udviklingssamtaler med medarbejdere", "Delegerer opgaver og viser tillid"),
						competency("Ledelsesrum", "Forstår og udnytter sit ledelsesrum i ledelsesteamet.", 3,
								"Kender kommunens ledelsesprofiler", "Afklarer forventninger med egen chef")),
				cluster("Faglig ledelse", "Kerneopgaven i centrum.", competency("Kerneopgaven i centrum",
						"Oversætter og omsætter politiske mål til faglige løsninger i egen enhed.", 4,
						"Formulerer kerneopgaven sammen med medarbejderne", "Skaber et godt hold omkring opgaven")),
				cluster("Databaseret ledelse", "Sammenhæng mellem indsatser og resultater.",
						competency("Data i kerneopgaven",
								"Bruger kvalitative og kvantitative data til at følge børns læring og trivsel.", 3,
								"Udvælger relevante data sammen med medarbejderne",
								"Omsætter data til konkrete indsatser og følger op")),
				cluster("Tilrettelægge og gennemføre udviklingsprocesser", "Procesledelse og facilitering.",
						competency("Facilitering", "Tilrettelægger processer med involvering og samskabelse.", 3,
								"Bruger spørgeteknik og refleksion i møder",
								"Leder effektive møder med klare beslutninger")),
				cluster("Viden i praksisnær kontekst", "Ledelsesopgave og praktik.", competency(
						"Ledelsesopgave i egen enhed", "Gennemfører en ledelsesopgave og bruger teori i praksis.", 3,
						"Formulerer en ledelsesopgave med egen chef", "Dokumenterer læring fra praktik i anden enhed")),
				cluster("Netværk", "Netværksdannelse på tværs af forvaltningen.",
						competency("Netværksdannelse",
								"Bygger og bruger netværk på tværs af skole, dagtilbud og fritid.", 3,
								"Deltager aktivt i netværksgruppen", "Søger sparring hos ledere fra andre områder")));
		var doc = new ProfileDocument(ProfileDocument.FORMAT, "da", Map.of("da", da, "en", en), scale, clusters);
		profiles.publish(Actor.system(), profiles.create(Actor.system(), SKOLELEDER, doc));
	}

	private static List<ProfileDocument.Level> levels(String... labelsAndDescriptors) {
		var levels = new ArrayList<ProfileDocument.Level>();
		for (int i = 0; i < labelsAndDescriptors.length; i += 2) {
			levels.add(new ProfileDocument.Level(i / 2 + 1, labelsAndDescriptors[i], labelsAndDescriptors[i + 1]));
		}
		return levels;
	}

	private static ProfileDocument.Cluster cluster(String name, String description,
			ProfileDocument.Competency... competencies) {
		return new ProfileDocument.Cluster(name, description, List.of(competencies));
	}

	private static ProfileDocument.Competency competency(String name, String description, int target,
			String... indicators) {
		return new ProfileDocument.Competency(name, description, target, List.of(indicators));
	}

}
