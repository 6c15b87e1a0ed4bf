package org.traject.security;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Forwarded headers ({@code X-Forwarded-For}, {@code -Proto}, {@code -Host},
 * {@code -Port}) are believed only when the connection comes from a proxy named in
 * {@code traject.trusted-proxies} (environment {@code TRAJECT_TRUSTED_PROXIES}: addresses
 * and CIDR ranges, comma-separated, e.g. {@code 10.0.0.0/8, 192.0.2.7}). Unset, nobody is
 * trusted: the client's address is the connection's, and links and redirects use the Host
 * the request came with. Spring Boot's own handling stays off
 * ({@code server.forward-headers-strategy=none}), as it would trust anyone
 * ({@code framework}) or every private address ({@code native}).
 * <p>
 * Tomcat's {@link RemoteIpValve} does the work: it takes the last address in
 * {@code X-Forwarded-For} that is not a trusted proxy as the client's, so a client cannot
 * put a made-up address in front of the real one.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final String proxies;

	TrustedProxies(@Value("${traject.trusted-proxies:}") String proxies) {
		this.proxies = proxies.strip();
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		if (proxies.isEmpty()) {
			return;
		}
		var valve = new RemoteIpValve();
		valve.setInternalProxies(proxies);
		valve.setTrustedProxies(null);
		valve.setRemoteIpHeader("X-Forwarded-For");
		valve.setProtocolHeader("X-Forwarded-Proto");
		valve.setHostHeader("X-Forwarded-Host");
		valve.setPortHeader("X-Forwarded-Port");
		valve.setChangeLocalPort(true);
		factory.addEngineValves(valve);
	}

}
