package org.traject.security;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.traject.people.CurrentUser;
import org.traject.people.People;

/**
 * Single sign-on with OpenID Connect beside the form login, for every provider named in
 * {@code spring.security.oauth2.client.registration.*} (Microsoft Entra ID, Google
 * Workspace, a federation's broker). Only an email address the provider says it verified
 * is accepted. The first time, the person is matched to the account with that address, or
 * a participant account is created; after that they sign in as that account, with the
 * same start page and, for staff, the same second factor as after a password (Traject
 * cannot see what the provider asked for).
 */
@Component
class SingleSignOn {

	private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

	private static final String UNVERIFIED_EMAIL = "unverified_email";

	private final People people;

	private final OidcUserService oidcUsers = new OidcUserService();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	SingleSignOn(People people) {
		this.people = people;
	}

	void configure(HttpSecurity http, AuthenticationSuccessHandler startPage) throws Exception {
		http.oauth2Login(sso -> sso.loginPage("/login")
			.tokenEndpoint(token -> token.accessTokenResponseClient(tokenRequests()))
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::loadUser))
			.successHandler((request, response, authentication) -> signIn(request, response, authentication, startPage))
			.failureHandler((request, response, exception) -> {
				// the operator's only clue when a provider is misconfigured
				log.warn("Single sign-on failed: {}", exception.getMessage());
				response.sendRedirect(
						request.getContextPath() + "/login?error=" + (unverified(exception) ? "sso-email" : "sso"));
			}));
	}

	/**
	 * The token request goes through the JDK's own HTTP client, whichever other clients
	 * libraries bring along: Spring's default picks the first it finds, and an
	 * incompatible one (a Jetty 11 client, which the HTML validator of the tests brings)
	 * broke every sign-in at the callback.
	 */
	private static OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokenRequests() {
		var client = new RestClientAuthorizationCodeTokenResponseClient();
		client.setRestClient(RestClient.builder()
			.requestFactory(jdkClient())
			.configureMessageConverters(converters -> converters.addCustomConverter(new FormHttpMessageConverter())
				.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build());
		return client;
	}

	/** A provider that does not answer costs the person ten seconds, not a hung page. */
	private static JdkClientHttpRequestFactory jdkClient() {
		var factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
		factory.setReadTimeout(Duration.ofSeconds(10));
		return factory;
	}

	private static boolean unverified(AuthenticationException exception) {
		return exception instanceof OAuth2AuthenticationException refused
				&& UNVERIFIED_EMAIL.equals(refused.getError().getErrorCode());
	}

	private OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = oidcUsers.loadUser(request);
		if (user.getEmail() == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
			throw new OAuth2AuthenticationException(
					new OAuth2Error(UNVERIFIED_EMAIL, "The provider did not give a verified email address", null));
		}
		return user;
	}

	/**
	 * The provider vouched for the address: the person with that account is signed in,
	 * with the signed-in person as principal as after a password.
	 */
	private void signIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
			AuthenticationSuccessHandler startPage) throws IOException, ServletException {
		var oidc = (OidcUser) authentication.getPrincipal();
		String name = oidc.getFullName() != null ? oidc.getFullName() : oidc.getEmail();
		Locale language = oidc.getLocale() == null ? request.getLocale() : Locale.forLanguageTag(oidc.getLocale());
		String provider = authentication instanceof OAuth2AuthenticationToken token
				? token.getAuthorizedClientRegistrationId() : "oidc";
		var person = people.signInWithSingleSignOn(oidc.getEmail(), name, language, provider);
		if (person.isEmpty()) {
			holder.clearContext();
			request.getSession().invalidate();
			response.sendRedirect(request.getContextPath() + "/login?error=disabled");
			return;
		}
		CurrentUser user = person.get();
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
		var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
		var context = holder.createEmptyContext();
		context.setAuthentication(signedIn);
		holder.setContext(context);
		contexts.saveContext(context, request, response);
		startPage.onAuthenticationSuccess(request, response, signedIn);
	}

}
