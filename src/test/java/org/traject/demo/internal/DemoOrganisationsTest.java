package org.traject.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.organisations.Organisations;
import org.traject.people.People;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * The demo's organisations, written last: UN1EK with the demo participant as a member,
 * and the people whose free-text organisation is one of its aliases matched to it, as a
 * visitor sees them after start-up.
 */
@IntegrationTest
class DemoOrganisationsTest {

	@Autowired
	Organisations organisations;

	@Autowired
	People people;

	@Test
	void un1ekHasTheDemoParticipantAndTheDeliveryPeopleOfStichtingMeervoud() {
		long un1ek = organisations.findByName("UN1EK").orElseThrow();
		assertThat(organisations.findByName("Stichting Meervoud")).contains(un1ek);
		assertThat(memberOf(DemoUsers.PARTICIPANT, un1ek)).isTrue();
		// signed up by the delivery step for "Stichting Meervoud", an alias of UN1EK
		assertThat(memberOf("b.dewit@traject.test", un1ek)).isTrue();
		assertThat(memberOf("k.meijer@traject.test", un1ek)).isTrue();
		// signed up by the enrolment step for a school the demo does not know
		assertThat(organisations.ofPerson(people.findByEmail("eva.deboer@traject.test").orElseThrow().id())).isEmpty();
	}

	private boolean memberOf(String email, long organisationId) {
		long person = people.findByEmail(email).orElseThrow().id();
		return organisations.ofPerson(person).stream().anyMatch(o -> o.id() == organisationId);
	}

}
