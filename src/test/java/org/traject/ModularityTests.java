package org.traject;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(TrajectApplication.class).verify();
	}

}
