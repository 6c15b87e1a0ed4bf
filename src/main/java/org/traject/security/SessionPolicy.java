package org.traject.security;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a session lives and what its id is made of (docs/security/asvs.md, V7).
 * <ul>
 * <li>Inactivity: 30 minutes ({@code server.servlet.session.timeout}).</li>
 * <li>Absolute: {@link #ABSOLUTE_LIFETIME} after it began, however active, a session ends
 * and the person signs in again (a shared computer in a staff room).</li>
 * <li>Ids: 27 bytes (216 bits) from {@link SecureRandom}, written as 36 URL-safe
 * characters (the width of Spring Session's {@code session_id} column), instead of a
 * random UUID's 122 bits; a new id on every sign-in (Spring Security's session fixation
 * protection).</li>
 * <li>Parallel sessions per account: not limited; an administrator ends them all by
 * deactivating the account or changing its roles.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionPolicy {

	static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * Writes a session only when something in it changed (see {@link ThriftySessions}).
	 */
	@Bean
	static ThriftySessions thriftySessions() {
		return new ThriftySessions();
	}

	/** Spring Session reads a session once per request (see {@link ThriftySessions}). */
	@Bean
	FilterRegistrationBean<ThriftySessions.OneReadPerRequest> oneSessionReadPerRequest() {
		var registration = new FilterRegistrationBean<>(new ThriftySessions.OneReadPerRequest());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> strongSessionIds() {
		return repository -> repository.setSessionIdGenerator(SessionPolicy::newId);
	}

	static String newId() {
		byte[] bytes = new byte[27];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Ends a session older than {@link #ABSOLUTE_LIFETIME} before Spring Security reads
	 * who is signed in from it, so the request goes on as anonymous (and a page that
	 * needs a person asks them to sign in).
	 */
	static final class AbsoluteLifetime extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			HttpSession session = request.getSession(false);
			if (session != null
					&& System.currentTimeMillis() - session.getCreationTime() > ABSOLUTE_LIFETIME.toMillis()) {
				session.invalidate();
			}
			chain.doFilter(request, response);
		}

	}

}
