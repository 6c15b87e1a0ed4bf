package org.traject.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

class TrustedProxiesTest {

	@Test
	void withoutConfiguredProxiesNoForwardedHeaderIsBelieved() {
		var factory = new TomcatServletWebServerFactory();
		new TrustedProxies("  ").customize(factory);
		assertThat(factory.getEngineValves()).noneMatch(RemoteIpValve.class::isInstance);
	}

	@Test
	void configuredProxiesAreTheOnlyOnesBelieved() {
		var factory = new TomcatServletWebServerFactory();
		new TrustedProxies("10.0.0.0/8, 192.0.2.7").customize(factory);
		var valve = factory.getEngineValves()
			.stream()
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(valve.getInternalProxies()).contains("10.0.0.0/8")
			.contains("192.0.2.7")
			.doesNotContain("127.0.0.0/8")
			.doesNotContain("192.168.0.0/16");
		assertThat(valve.getTrustedProxies()).isNull();
		assertThat(valve.getHostHeader()).isEqualTo("X-Forwarded-Host");
	}

}
