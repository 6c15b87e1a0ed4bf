package org.traject.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.security.FormThrottle.Form;
import org.traject.test.IntegrationTest;

/**
 * Questions to peer supporters go through the public forms' throttle, counted per
 * signed-in person over an hour and not per network address: the fourth question within
 * the hour (with a limit of three) is refused with the time to wait, whatever address it
 * comes from, while another person at the same address may still ask.
 */
@IntegrationTest
class PeerQuestionLimitTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aPersonMayAskThreeQuestionsAnHourThenWaits() {
		var throttle = new FormThrottle(jdbc, 20, 5, Duration.ofMinutes(15), 3, Duration.ofHours(1));
		String asker = "person:asker-" + UUID.randomUUID() + "@peers.test";
		String colleague = "person:colleague-" + UUID.randomUUID() + "@peers.test";
		for (int i = 0; i < 3; i++) {
			assertThat(attempt(throttle, "10.1.2.3", asker)).as("question " + (i + 1)).isEmpty();
		}
		var refused = attempt(throttle, "192.168.7.7", asker);
		assertThat(refused).as("the fourth, from another address").isPresent();
		assertThat(refused.get()).isGreaterThan(Duration.ofMinutes(55)).isLessThanOrEqualTo(Duration.ofHours(1));
		assertThat(attempt(throttle, "10.1.2.3", colleague)).as("a colleague behind the same address").isEmpty();
	}

	@Test
	void askingAQuestionIsCountedForTheSignedInPerson() {
		var request = new MockHttpServletRequest("POST", "/peers/42/ask");
		request.setRemoteUser("anouk@school.nl");
		var use = FormThrottleInterceptor.use(request);
		assertThat(use).isNotNull();
		assertThat(use.form()).isEqualTo(Form.PEER_QUESTION);
		assertThat(use.target()).isEqualTo("person:anouk@school.nl");
		assertThat(FormThrottleInterceptor.use(new MockHttpServletRequest("GET", "/peers/42/ask"))).isNull();
	}

	private Optional<Duration> attempt(FormThrottle throttle, String address, String target) {
		return transactions.execute(status -> throttle.attempt(Form.PEER_QUESTION, address, target));
	}

}
