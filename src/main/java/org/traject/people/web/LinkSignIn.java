package org.traject.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.traject.people.CurrentUser;

/**
 * Signs a person in after they chose a password with a link from an email: the link
 * proved they read that mailbox, so asking for the password they just typed twice would
 * prove nothing more. Done as the sign-in form does it: the session id changes first
 * (session fixation protection), the security context is saved in the session (kept in
 * PostgreSQL, so every instance sees it), and the portal switches to the person's
 * language.
 */
@Component
class LinkSignIn {

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SessionAuthenticationStrategy sessionFixation = new ChangeSessionIdAuthenticationStrategy();

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final LocaleResolver localeResolver;

	LinkSignIn(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
	}

	/**
	 * Signs the person in, unless the account may not sign in; then the answer is false
	 * and nothing changed.
	 */
	boolean signIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		if (!user.isEnabled()) {
			return false;
		}
		// the password was just chosen and typed twice: it counts as the password factor;
		// a
		// second factor is still asked for where the sign-in policy wants one
		var authorities = new java.util.ArrayList<GrantedAuthority>(user.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
		request.getSession();
		sessionFixation.onAuthentication(authentication, request, response);
		var context = holder.createEmptyContext();
		context.setAuthentication(authentication);
		holder.setContext(context);
		contexts.saveContext(context, request, response);
		localeResolver.setLocale(request, response, user.locale());
		return true;
	}

}
