package org.traject.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests that Tomcat used to refuse with its own English page are let through to
 * Spring, which refuses them with Traject's error page in the reader's language. An
 * encoded slash in a path ({@code /certificates/a%2Fb}) now reaches Spring Security's
 * firewall, which answers 400; the header size limit is raised in
 * {@code application.properties} and a long query string is answered 414 by
 * {@link IncomingRequestFilter}.
 */
@Configuration(proxyBeanMethods = false)
class ServletContainerLimits {

	@Bean
	TomcatConnectorCustomizer encodedSlashesReachSpring() {
		return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
	}

}
