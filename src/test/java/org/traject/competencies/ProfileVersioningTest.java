package org.traject.competencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.test.IntegrationTest;

@IntegrationTest
class ProfileVersioningTest {

	@Autowired
	CompetencyProfiles profiles;

	@Test
	void demoProfilesArePublished() {
		assertThat(profiles.publishedVersions(Locale.ENGLISH)).extracting(ProfileOption::name)
			.contains("IKC director", "School / institution leader");
	}
}
