package org.traject.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.people.People;
import org.traject.people.Role;

/**
 * Fresh cohorts, sessions and people for one test, through the modules' own facades:
 * unique codes and addresses, since the database is shared by the whole run.
 */
final class AgendaFixtures {

	/** Develops the "Directeur IKC" profile: a measurement is asked for. */
	static final String IKC = "ontwikkeltraject-directeur-ikc";

	/** Asks for the manager's approval. */
	static final String APPROVAL = "ledertalentudvikling";

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final Cohorts cohorts;

	private final Catalogue catalogue;

	private final People people;

	AgendaFixtures(Cohorts cohorts, Catalogue catalogue, People people) {
		this.cohorts = cohorts;
		this.catalogue = catalogue;
		this.people = people;
	}

	long programme(String slug) {
		return catalogue.idOfSlug(slug).orElseThrow();
	}

	/** A planned cohort starting in {@code days} days. */
	long cohort(String slug, int capacity, SeatRelease release, int days) {
		LocalDate today = LocalDate.now(AMSTERDAM);
		return cohorts.plan(programme(slug),
				new CohortSettings("Agenda " + UUID.randomUUID().toString().substring(0, 8), today.plusDays(days),
						today.plusDays(days + 30), "Utrecht", false, "Europe/Amsterdam", capacity, 0,
						today.minusDays(5), today.plusDays(Math.max(0, days)), release, 24));
	}

	long session(long cohortId, String title, Instant startsAt, String location) {
		return cohorts.addSession(cohortId, null, title, startsAt, startsAt.plus(Duration.ofHours(6)), location);
	}

	People.PersonView person(String name, String language) {
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + UUID.randomUUID() + "@agenda.test";
		return people.ensureAccount(email, name, Locale.forLanguageTag(language), null, Set.of(Role.PARTICIPANT),
				"School", "Leader");
	}

	static String content(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			var builder = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				builder.append(content(multipart.getBodyPart(i), type));
			}
			return builder.toString();
		}
		return "";
	}

	static String attachment(Part part, String fileName) throws Exception {
		if (fileName.equals(part.getFileName())) {
			try (var in = part.getInputStream()) {
				return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = attachment(multipart.getBodyPart(i), fileName);
				if (!found.isEmpty()) {
					return found;
				}
			}
		}
		return "";
	}

}
