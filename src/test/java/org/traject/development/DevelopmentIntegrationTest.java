package org.traject.development;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.competencies.CompetencyProfiles;
import org.traject.competencies.internal.ProfileEditing;
import org.traject.development.internal.Measurements;
import org.traject.development.internal.Plans;
import org.traject.people.People;
import org.traject.test.IntegrationTest;

/**
 * What the development integration tests share: the one application context and the
 * fixtures.
 */
@IntegrationTest
abstract class DevelopmentIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProfileEditing profileEditing;

	@Autowired
	CompetencyProfiles profiles;

	@Autowired
	Measurements measurements;

	@Autowired
	Plans plans;

	@Autowired
	JdbcTemplate jdbc;

	DevelopmentFixtures fixtures;

	@BeforeEach
	void createFixtures() {
		fixtures = new DevelopmentFixtures(people, users, profileEditing, profiles, measurements, jdbc);
	}

}
