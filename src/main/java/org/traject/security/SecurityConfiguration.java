package org.traject.security;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;
import org.traject.people.People;
import org.traject.people.Role;

/**
 * Who may reach which URL. Rules are by path prefix; object-level checks (is this my
 * enrolment?) live in the modules. The route-access test holds every registered route
 * against a table, so a new route cannot slip through unnoticed.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	/**
	 * What anonymous visitors may reach. Everything not listed here needs a signed-in
	 * person.
	 */
	static final String[] PUBLIC_ROUTES = { "/", "/login", "/error", "/error/**", "/css/**", "/js/**", "/images/**",
			"/webjars/**", "/favicon.ico", "/programmes", "/programmes/**", "/cohorts/*/calendar.ics",
			"/certificates/**", "/interest/**", "/signup/**", "/account/**", "/approvals/**", "/offers/**",
			"/feedback/**", "/statements/**" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, LocaleResolver localeResolver,
			People people) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health"))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin/**", "/dev/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/secretary/**")
			.hasAnyRole(Role.SECRETARY.name(), Role.ADMIN.name())
			.requestMatchers("/reports", "/reports/**")
			.hasAnyRole(Role.SECRETARY.name(), Role.ADMIN.name())
			.requestMatchers("/coach/**")
			.hasAnyRole(Role.COACH.name(), Role.ADMIN.name())
			.requestMatchers("/my/**")
			.authenticated()
			.requestMatchers(PUBLIC_ROUTES)
			.permitAll()
			.anyRequest()
			.authenticated());
		// an htmx request reloads the page; everything else is sent to sign in, as the
		// form login alone would do
		http.exceptionHandling(
				exceptions -> exceptions.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
					.addEntryPointFor(new HtmxSessionExpiry(), HtmxSessionExpiry.HTMX_REQUEST)
					.defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
					.build()));
		http.formLogin(form -> form.loginPage("/login")
			.usernameParameter("email")
			.successHandler(new StartPageSuccessHandler(throttle, localeResolver, people))
			.failureHandler(new KeepEmailFailureHandler(throttle)));
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut=true"));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new SessionPolicy.AbsoluteLifetime(), SecurityContextHolderFilter.class);
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
