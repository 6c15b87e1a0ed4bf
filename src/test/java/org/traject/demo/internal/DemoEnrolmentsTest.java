package org.traject.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.cohorts.Cohorts;
import org.traject.people.People;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * The demo's enrolments (already written at start-up), and a second run that adds
 * nothing.
 */
@IntegrationTest
class DemoEnrolmentsTest {

	@Autowired
	DemoEnrolments demoEnrolments;

	@Autowired
	Cohorts cohorts;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	private String statuses(String slug, String codePrefix) {
		return jdbc
			.sql("""
					select string_agg(e.status || coalesce('#' || e.waitlist_position, ''), ',' order by e.status, e.waitlist_position)
					from enrolment e join cohort c on c.id = e.cohort_id join programme p on p.id = c.programme_id
					where p.slug = :slug and c.code like :prefix""")
			.param("slug", slug)
			.param("prefix", codePrefix + "%")
			.query(String.class)
			.single();
	}

	@Test
	void theDemoShowsAFullCohortWithAWaitlistAnOfferAndThePendingApprovalAndARestartAddsNothing() {
		demoEnrolments.create();
		assertThat(statuses("intervisietraject-beginnende-schoolleiders-vo", "Voorjaar"))
			.isEqualTo("CONFIRMED,CONFIRMED,CONFIRMED,WAITLISTED#1,WAITLISTED#2");
		assertThat(statuses("intervisietraject-beginnende-schoolleiders-vo", "Najaar"))
			.isEqualTo("CANCELLED,CONFIRMED,OFFERED");
		long participant = people.findByEmail(DemoUsers.PARTICIPANT).orElseThrow().id();
		// the delivery demo adds a completed IKC cohort; this asserts the enrolment
		// demo's own two places
		assertThat(cohorts.enrolmentsOf(participant)).extracting(e -> e.programmeSlug() + ":" + e.status())
			.contains("ontwikkeltraject-directeur-ikc:CONFIRMED", "ledertalentudvikling:AWAITING_APPROVAL")
			.filteredOn(s -> s.startsWith("ledertalentudvikling"))
			.hasSize(1);
		assertThat(jdbc.sql("""
				select count(*) from interest_registration r join programme p on p.id = r.programme_id
				where p.slug = 'laeringsdag-barnets-foerste-1000-dage' and r.email like '%@traject.test'""")
			.query(Integer.class)
			.single()).isEqualTo(4);
	}

}
