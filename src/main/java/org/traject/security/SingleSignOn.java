package org.traject.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
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
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::loadUser))
			.successHandler((request, response, authentication) -> signIn(request, response, authentication, startPage))
			.failureHandler((request, response, exception) -> response
				.sendRedirect(request.getContextPath() + "/login?error=sso")));
	}

	private OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = oidcUsers.loadUser(request);
		if (user.getEmail() == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
			throw new OAuth2AuthenticationException(
					new OAuth2Error("unverified_email", "The provider did not give a verified email address", null));
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
		var person = people.signInWithSingleSignOn(oidc.getEmail(), name, language);
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
