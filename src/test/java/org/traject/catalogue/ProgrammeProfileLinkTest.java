package org.traject.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.competencies.CompetencyProfiles;
import org.traject.test.IntegrationTest;

/**
 * A programme names the competency profile it develops; the profile admin counts it as a
 * use.
 */
@IntegrationTest
class ProgrammeProfileLinkTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	ProgrammeEditing editing;

	@Autowired
	CompetencyProfiles profiles;

	@Test
	void theIkcTrackDevelopsTheDirectorProfileAndSaysSoOnItsPage() throws Exception {
		long id = editing.idOfSlug("ontwikkeltraject-directeur-ikc").orElseThrow();
		Long profileId = catalogue.find(id).orElseThrow().competencyProfileId();
		assertThat(profileId).isNotNull();
		var published = profiles.currentVersion(profileId, Locale.forLanguageTag("nl")).orElseThrow();
		assertThat(published.name()).startsWith("Directeur IKC");

		org.traject.test.QueryCounter.reset();
		String page = mvc.perform(get("/programmes/ontwikkeltraject-directeur-ikc").locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Competency profile developed");
		// naming the profile costs a name lookup, not the whole profile with its clusters
		// and competencies
		assertThat(org.traject.test.QueryCounter.count()).as("statements for a programme page with a profile")
			.isLessThanOrEqualTo(7);

		assertThat(profiles.usagesOf(published.id())).isPositive();
	}

}
