package org.traject.routemaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.traject.people.People;
import org.traject.routemaps.Enums.Membership;
import org.traject.routemaps.Enums.Sector;
import org.traject.routemaps.internal.Partnerships;
import org.traject.test.IntegrationTest;
import org.traject.test.RouteAccessTable.Row;
import org.traject.test.RouteAccessTable;

/**
 * Every partnership route in {@code route-access/routemaps.tsv}, requested for the demo
 * partnership: its coordinator is served, the coordinator of another partnership finds
 * nothing (404, never a hint that it exists), and the steering group reads but cannot
 * change.
 */
@IntegrationTest
class RouteMapAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	People people;

	@Autowired
	Partnerships partnerships;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorOfOnePartnershipSeesNothingOfAnother() throws Exception {
		var fixtures = new RouteMapFixtures(people, partnerships, jdbc);
		var other = fixtures.partnership("Samen Opleiden Noord");
		long otherMember = fixtures.member(other, "Noorderschool", Sector.VO, Membership.NEW);
		String stranger = fixtures.coordinatorEmail(other);
		List<String> wrong = new ArrayList<>();
		for (Row row : partnershipRows()) {
			int status = status(row, stranger);
			if (status != 404) {
				wrong.add(row.method() + " " + row.sample() + ": " + status);
			}
		}
		assertThat(wrong).isEmpty();
		// and the other way round: the demo coordinator finds nothing of the other
		// partnership
		String sample = "/partnerships/" + other.partnershipId() + "/members/" + otherMember + "/steps/1";
		assertThat(mvc
			.perform(
					MockMvcRequestBuilders.get(sample).with(user(users.loadUserByUsername("coordinator@traject.test"))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		// nor is it among their partnerships
		String list = mvc
			.perform(MockMvcRequestBuilders.get("/partnerships")
				.with(user(users.loadUserByUsername("coordinator@traject.test"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Opleidingsschool IJssel-Vallei").doesNotContain("Samen Opleiden Noord");
	}

	@Test
	void theCoordinatorIsServedAndTheSteeringGroupReadsButCannotChange() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Row row : partnershipRows()) {
			boolean get = row.method().equals("GET");
			int coordinator = status(row, "coordinator@traject.test");
			if (get ? coordinator != 200 : (coordinator == 403 || coordinator >= 500)) {
				wrong.add("coordinator " + row.method() + " " + row.sample() + ": " + coordinator);
			}
			int steering = status(row, "steering@traject.test");
			int expected = get && !row.pattern().endsWith("/members/new") ? 200 : 403;
			if (steering != expected) {
				wrong.add("steering " + row.method() + " " + row.sample() + ": " + steering);
			}
		}
		assertThat(wrong).isEmpty();
	}

	private int status(Row row, String email) throws Exception {
		var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), row.sample())
			.with(user(users.loadUserByUsername(email)));
		if (!row.method().equals("GET")) {
			request.with(csrf());
		}
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static List<Row> partnershipRows() {
		return RouteAccessTable.rows()
			.values()
			.stream()
			.filter(r -> r.pattern().startsWith("/partnerships/{id}"))
			.toList();
	}

}
