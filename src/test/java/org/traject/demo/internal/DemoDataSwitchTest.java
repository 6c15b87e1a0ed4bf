package org.traject.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The {@code prod} profile sets {@code traject.demo-data=false}: then neither the demo
 * runner nor any of its steps is a bean (so none of them asks for its collaborators).
 */
class DemoDataSwitchTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(
			DemoData.class, DemoAccounts.class, DemoProgrammes.class, DemoCohorts.class, DemoPeers.class,
			DemoRouteMaps.class, DemoProfiles.class, DemoProfileLinks.class, DemoEnrolments.class,
			DemoDevelopment.class, DemoDelivery.class, DemoCoaching.class, DemoOrganisations.class);

	@Test
	void demoDataOffLeavesTheRunnerAndEveryStepOut() {
		context.withPropertyValues("traject.demo-data=false").run(started -> {
			assertThat(started).hasNotFailed();
			assertThat(started).doesNotHaveBean(DemoData.class)
				.doesNotHaveBean(DemoAccounts.class)
				.doesNotHaveBean(DemoProgrammes.class)
				.doesNotHaveBean(DemoCohorts.class)
				.doesNotHaveBean(DemoPeers.class)
				.doesNotHaveBean(DemoRouteMaps.class)
				.doesNotHaveBean(DemoProfiles.class)
				.doesNotHaveBean(DemoProfileLinks.class)
				.doesNotHaveBean(DemoEnrolments.class)
				.doesNotHaveBean(DemoDevelopment.class)
				.doesNotHaveBean(DemoDelivery.class)
				.doesNotHaveBean(DemoCoaching.class)
				.doesNotHaveBean(DemoOrganisations.class);
		});
	}

	@Test
	void demoDataOnByDefaultAsksForTheStepsCollaborators() {
		// without the modules' beans the context cannot start: the steps are there and
		// want them
		context.run(started -> assertThat(started).getFailure().hasStackTraceContaining("org.traject.people.People"));
	}

}
