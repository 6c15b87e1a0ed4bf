package org.traject.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.traject.people.CurrentUser;
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
@EnableMultiFactorAuthentication(authorities = {})
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
			"/feedback/**", "/evaluation/**", "/statements/**", "/calendar/*", "/login/**", "/oauth2/**" };

	/** Where a person signed in with their password shows their second factor. */
	static final String SECOND_FACTOR_PAGE = "/login/second-factor";

	/** Where a person types the code from the email. */
	static final String CODE_PAGE = "/login/code";

	/**
	 * Every rule but {@code permitAll} also asks for the factors of the
	 * {@link SignInPolicy}.
	 */
	@Bean
	AuthorizationManagerFactory<RequestAuthorizationContext> signInFactors(MfaSettings settings) {
		var factory = new DefaultAuthorizationManagerFactory<RequestAuthorizationContext>();
		factory.setAdditionalAuthorization(new SignInPolicy<>(settings.required()));
		return factory;
	}

	/**
	 * Spring Security's WebAuthn relying party, with the passkeys kept by the people
	 * module.
	 */
	@Bean
	WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository credentials, MfaSettings settings) {
		return new Webauthn4JRelyingPartyOperations(userEntities, credentials,
				PublicKeyCredentialRpEntity.builder().id(settings.relyingPartyId()).name("Traject").build(),
				settings.allowedOrigins());
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, LocaleResolver localeResolver,
			People people, UserDetailsService users, WebAuthnRelyingPartyOperations relyingParty,
			ObjectProvider<ClientRegistrationRepository> sso, SingleSignOn singleSignOn, MfaSettings settings)
			throws Exception {
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
		// a missing factor: the password on the sign-in page, a second one on its own
		// page
		http.exceptionHandling(exceptions -> exceptions
			.defaultDeniedHandlerForMissingAuthority(new LoginUrlAuthenticationEntryPoint("/login"),
					FactorGrantedAuthority.PASSWORD_AUTHORITY)
			.defaultDeniedHandlerForMissingAuthority(new LoginUrlAuthenticationEntryPoint(SECOND_FACTOR_PAGE),
					FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
			.defaultDeniedHandlerForMissingAuthority(new LoginUrlAuthenticationEntryPoint(SECOND_FACTOR_PAGE),
					FactorGrantedAuthority.OTT_AUTHORITY));
		var startPage = new StartPageSuccessHandler(throttle, localeResolver, people);
		http.formLogin(form -> form.loginPage("/login")
			.usernameParameter("email")
			.successHandler(startPage)
			.failureHandler(new KeepEmailFailureHandler(throttle)));
		// passkeys: registered on the account page, used as the second factor
		http.webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true)
			.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
				@Override
				public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
					filter.setAuthenticationManager(
							new ProviderManager(new PasskeyAuthenticationProvider(relyingParty, users)));
					return filter;
				}
			}));
		// the fallback second factor: a code by email, for the person signed in in this
		// session only (see the people module's SignInCodes)
		http.oneTimeTokenLogin(codes -> codes.loginPage(SECOND_FACTOR_PAGE)
			.loginProcessingUrl("/login/ott")
			.showDefaultSubmitPage(false)
			.generateRequestResolver(request -> codeForTheSignedInPerson(settings))
			.tokenGenerationSuccessHandler((request, response, token) -> response
				.sendRedirect(request.getContextPath() + CODE_PAGE + "?sent=true"))
			.successHandler(startPage)
			.failureUrl(CODE_PAGE + "?error=true"));
		// single sign-on, when spring.security.oauth2.client.registration.* names a
		// provider
		if (sso.getIfAvailable() != null) {
			singleSignOn.configure(http, startPage);
		}
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut=true"));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new SessionPolicy.AbsoluteLifetime(), SecurityContextHolderFilter.class);
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/**
	 * A code is only ever sent to the person signed in in this session (never to an
	 * address someone types), so the form cannot be used to flood a mailbox; and only
	 * where a code counts as their second factor (staff without a passkey, when
	 * required).
	 */
	private static @Nullable GenerateOneTimeTokenRequest codeForTheSignedInPerson(MfaSettings settings) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !(current.getPrincipal() instanceof CurrentUser user) || user.passkey()
				|| !user.isStaff() || !settings.required()) {
			return null;
		}
		return new GenerateOneTimeTokenRequest(user.getUsername(), Duration.ofMinutes(10));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
