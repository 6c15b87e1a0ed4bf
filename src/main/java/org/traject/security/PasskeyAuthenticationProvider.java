package org.traject.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.traject.people.CurrentUser;

/**
 * Checks a passkey's signature (Spring Security's relying party operations do the
 * WebAuthn work) and signs in the person it belongs to, with the signed-in person as the
 * principal, as the other ways of signing in do. Spring Security's own provider would
 * make the WebAuthn user entity the principal, which the portal's pages do not know, and
 * would let a deactivated account in.
 */
final class PasskeyAuthenticationProvider implements AuthenticationProvider {

	private final WebAuthnRelyingPartyOperations relyingParty;

	private final UserDetailsService users;

	PasskeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService users) {
		this.relyingParty = relyingParty;
		this.users = users;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		var request = (WebAuthnAuthenticationRequestToken) authentication;
		String name;
		try {
			name = relyingParty.authenticate(request.getWebAuthnRequest()).getName();
		}
		catch (RuntimeException ex) {
			throw new BadCredentialsException("The passkey was not accepted", ex);
		}
		if (!(users.loadUserByUsername(name) instanceof CurrentUser user)) {
			throw new BadCredentialsException("No account for this passkey");
		}
		if (!user.isEnabled()) {
			throw new DisabledException("Account not active");
		}
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
	}

}
