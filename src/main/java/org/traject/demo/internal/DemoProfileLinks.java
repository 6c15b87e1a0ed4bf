package org.traject.demo.internal;

import java.util.Locale;
import java.util.Map;

import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ProgrammeImport;
import org.traject.competencies.CompetencyProfiles;

/**
 * Links the demo programmes to the demo competency profiles they develop (seed 000:
 * "Directeur IKC"; seed 003: the Danish school and institution leader profile), as the
 * programme form's profile field does, through {@code ProgrammeImport} (the catalogue's
 * facade). Needs the programmes and the published profiles; leaves an existing link
 * alone.
 */
@DemoStep
class DemoProfileLinks {

	private static final Map<String, String> LINKS = Map.of("ontwikkeltraject-directeur-ikc", "Directeur IKC",
			"ledertalentudvikling", "Skoleleder / institutionsleder");

	private final Catalogue catalogue;

	private final ProgrammeImport programmes;

	private final CompetencyProfiles profiles;

	DemoProfileLinks(Catalogue catalogue, ProgrammeImport programmes, CompetencyProfiles profiles) {
		this.catalogue = catalogue;
		this.programmes = programmes;
		this.profiles = profiles;
	}

	void create() {
		var options = profiles.publishedVersions(Locale.forLanguageTag("nl"));
		LINKS.forEach((slug, profileName) -> catalogue.idOfSlug(slug)
			.flatMap(catalogue::find)
			.filter(p -> p.competencyProfileId() == null)
			.ifPresent(p -> options.stream()
				.filter(o -> o.name().startsWith(profileName))
				.findFirst()
				.ifPresent(o -> programmes.developProfile(p.id(), o.profileId()))));
	}

}
