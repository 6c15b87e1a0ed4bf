package org.traject.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.test.IntegrationTest;

/**
 * Spring Security's per-filter observations cost a signed-in page a tenth of its CPU and
 * tell an operator nothing the request's own observation does not: they are off, and the
 * request is still observed.
 */
@IntegrationTest
class SecurityObservationsTest {

	@Autowired
	ObservationRegistry observations;

	@Test
	void theSecurityFilterChainIsNotObservedFilterByFilter() {
		for (String name : new String[] { "spring.security.filterchains", "spring.security.authorizations",
				"spring.security.authentications", "spring.security.http.secured.requests" }) {
			Observation observation = Observation.start(name, this.observations);
			assertThat(observation.isNoop()).as(name).isTrue();
			observation.stop();
		}
	}

	@Test
	void theRequestItselfIsStillObserved() {
		Observation observation = Observation.start("http.server.requests", this.observations);
		assertThat(observation.isNoop()).isFalse();
		observation.stop();
	}

}
