package org.traject.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.traject.notifications.internal.OutgoingEmails;
import org.traject.web.ProviderTimeZone;

/** The development mailbox is not even registered in production. */
class DevMailboxProfileTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withBean(OutgoingEmails.class, () -> mock(OutgoingEmails.class))
		.withBean(ProviderTimeZone.class, () -> new ProviderTimeZone("Europe/Amsterdam"))
		.withUserConfiguration(DevMailboxController.class);

	@Test
	void theMailboxDoesNotExistInTheProdProfile() {
		runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("prod"))
			.run(context -> assertThat(context).doesNotHaveBean(DevMailboxController.class));
	}

	@Test
	void theMailboxExistsOutsideProduction() {
		runner.run(context -> assertThat(context).hasSingleBean(DevMailboxController.class));
	}

}
