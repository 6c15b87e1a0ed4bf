package org.traject.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The provider's zone is read from one setting, and is Amsterdam's when nothing is set.
 */
class ProviderTimeZoneTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(ProviderTimeZone.class);

	@Test
	void withoutTheSettingTheProviderIsInAmsterdam() {
		runner.run(context -> assertThat(context.getBean(ProviderTimeZone.class).zone())
			.isEqualTo(ZoneId.of("Europe/Amsterdam")));
	}

	@Test
	void theSettingMovesTheProvidersDatesToItsZone() {
		runner.withPropertyValues("traject.time-zone=Europe/Copenhagen")
			.run(context -> assertThat(context.getBean("providerTimeZone", ProviderTimeZone.class).id())
				.isEqualTo("Europe/Copenhagen"));
	}

}
