package org.traject.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class MailSettingsTest {

	@Test
	void theWaitAfterAFailureDoublesUpToTheLongestWait() {
		var delivery = new MailSettings.Delivery(Duration.ofSeconds(10), 50, 8, Duration.ofSeconds(30),
				Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofSeconds(30));

		assertThat(delivery.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(delivery.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(delivery.backoffAfter(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(delivery.backoffAfter(7)).isEqualTo(Duration.ofMinutes(32));
		assertThat(delivery.backoffAfter(8)).isEqualTo(Duration.ofHours(1));
		assertThat(delivery.backoffAfter(500)).isEqualTo(Duration.ofHours(1));
	}

}
