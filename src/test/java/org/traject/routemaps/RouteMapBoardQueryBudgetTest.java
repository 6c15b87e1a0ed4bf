package org.traject.routemaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.routemaps.Enums.Membership;
import org.traject.routemaps.Enums.Sector;
import org.traject.routemaps.internal.Partnerships;
import org.traject.routemaps.internal.RouteMapQueries;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;

/**
 * The board and its exports cost a fixed number of SQL statements however many schools a
 * partnership has and however far they are: measured with 2 and with 40 schools.
 */
@IntegrationTest
class RouteMapBoardQueryBudgetTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Partnerships partnerships;

	@Autowired
	RouteMapQueries routeMaps;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBoardOfFortySchoolsCostsAsFewStatementsAsTheBoardOfTwo() throws Exception {
		var fixtures = new RouteMapFixtures(people, partnerships, jdbc);
		var small = partnershipWith(fixtures, "Budget Klein", 2);
		var large = partnershipWith(fixtures, "Budget Groot", 40);

		int smallBoard = statementsFor("/partnerships/" + small.partnershipId(), small);
		int largeBoard = statementsFor("/partnerships/" + large.partnershipId(), large);
		// the access check, the published steps, members with their conversations, and
		// what
		// a signed-in request costs
		assertThat(largeBoard).isEqualTo(smallBoard).isPositive().isLessThanOrEqualTo(5);
		String filtered = "/partnerships/" + large.partnershipId() + "?sector=VO&membership=NEW";
		assertThat(statementsFor(filtered, large)).isEqualTo(largeBoard);
		for (String export : new String[] { "/board.pdf", "/board.xlsx" }) {
			assertThat(statementsFor("/partnerships/" + large.partnershipId() + export, large)).as(export)
				.isEqualTo(statementsFor("/partnerships/" + small.partnershipId() + export, small))
				.isLessThanOrEqualTo(5);
		}
	}

	private Partnerships.Access partnershipWith(RouteMapFixtures fixtures, String name, int schools) {
		var access = fixtures.partnership(name);
		var steps = routeMaps.publishedSteps(access.routeMapId());
		for (int i = 0; i < schools; i++) {
			long member = fixtures.member(access, name + " school " + i, Sector.values()[i % 3],
					i % 2 == 0 ? Membership.NEW : Membership.EXISTING);
			// some schools done with step 1 and planned for step 2, some planned for step
			// 1, some not started
			if (i % 3 == 0) {
				partnerships.markDone(access, member, steps.get(0).key(), LocalDate.now());
				partnerships.plan(access, member, steps.get(1).key(), LocalDate.now().plusDays(i), "Directeur");
			}
			else if (i % 3 == 1) {
				partnerships.plan(access, member, steps.get(0).key(), LocalDate.now().plusDays(i), null);
			}
		}
		return access;
	}

	private int statementsFor(String path, Partnerships.Access access) throws Exception {
		var coordinator = people.findById(access.coordinatorPersonId()).orElseThrow();
		UserDetails principal = new CurrentUser(coordinator.id(), coordinator.email(), coordinator.displayName(),
				coordinator.preferredLanguage(), coordinator.roles(), "", true);
		QueryCounter.reset();
		var response = mvc.perform(get(path).with(user(principal))).andReturn().getResponse();
		int count = QueryCounter.count();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		if (path.contains("?") || !path.contains(".")) {
			assertThat(response.getContentAsString()).contains(access.name());
		}
		return count;
	}

}
