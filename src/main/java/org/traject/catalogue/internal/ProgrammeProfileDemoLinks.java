package org.traject.catalogue.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.competencies.CompetencyProfiles;

/**
 * Links the demo programmes to the demo competency profiles they develop (seed 000:
 * "Directeur IKC"; seed 003: the Danish school and institution leader profile). Runs
 * after both demo data sets; leaves an existing link alone.
 */
@Component
@Order(45)
@ConditionalOnBooleanProperty(name = "traject.demo-data", matchIfMissing = true)
class ProgrammeProfileDemoLinks implements ApplicationRunner {

	private static final Map<String, String> LINKS = Map.of("ontwikkeltraject-directeur-ikc", "Directeur IKC",
			"ledertalentudvikling", "Skoleleder / institutionsleder");

	private final ProgrammeRepository programmes;

	private final CompetencyProfiles profiles;

	ProgrammeProfileDemoLinks(ProgrammeRepository programmes, CompetencyProfiles profiles) {
		this.programmes = programmes;
		this.profiles = profiles;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var options = profiles.publishedVersions(Locale.forLanguageTag("nl"));
		LINKS.forEach((slug, profileName) -> programmes.findBySlugWithModules(slug)
			.filter(p -> p.getCompetencyProfileId() == null)
			.ifPresent(p -> options.stream()
				.filter(o -> o.name().startsWith(profileName))
				.findFirst()
				.ifPresent(o -> p.developProfile(o.profileId()))));
	}

}
