package org.traject.security;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.authorization.RequiredFactor;
import org.springframework.security.authorization.RequiredFactorError;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.traject.people.CurrentUser;

/**
 * Which factors a signed-in person must have shown before any page that needs signing in
 * (Spring Security's multi-factor support adds this check to every rule but
 * {@code permitAll}):
 * <ul>
 * <li>Someone who has registered a passkey signs in with their password (or single
 * sign-on) <em>and</em> the passkey: an email code is not enough for them, so whoever
 * reads their mailbox cannot get past their passkey.</li>
 * <li>Staff (administrator, course secretary, coach) without a passkey, when
 * {@code traject.security.mfa.required} is on: password (or single sign-on) and a
 * one-time code by email, until they register a passkey on their account page.</li>
 * <li>Everyone else: the password alone.</li>
 * </ul>
 * A missing factor is answered with the factor Spring Security then asks for: the
 * password (sign-in page) when the first is missing, else the passkey (the second-factor
 * page, which offers the email code where it counts).
 */
final class SignInPolicy<T> implements AuthorizationManager<T> {

	private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);

	private final boolean staffNeedSecondFactor;

	SignInPolicy(boolean staffNeedSecondFactor) {
		this.staffNeedSecondFactor = staffNeedSecondFactor;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication, T object) {
		Authentication current = authentication.get();
		if (current == null || !current.isAuthenticated() || !(current.getPrincipal() instanceof CurrentUser user)) {
			return GRANTED;
		}
		boolean passkeyOnly = user.passkey();
		boolean anySecondFactor = !passkeyOnly && staffNeedSecondFactor && user.isStaff();
		if (!passkeyOnly && !anySecondFactor) {
			return GRANTED;
		}
		Set<String> factors = current.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a != null && a.startsWith("FACTOR_"))
			.collect(Collectors.toSet());
		if (!factors.contains(FactorGrantedAuthority.PASSWORD_AUTHORITY)
				&& !factors.contains(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)) {
			return missing(FactorGrantedAuthority.PASSWORD_AUTHORITY);
		}
		if (factors.contains(FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
				|| (anySecondFactor && factors.contains(FactorGrantedAuthority.OTT_AUTHORITY))) {
			return GRANTED;
		}
		return missing(FactorGrantedAuthority.WEBAUTHN_AUTHORITY);
	}

	private static FactorAuthorizationDecision missing(String factor) {
		return new FactorAuthorizationDecision(
				List.of(RequiredFactorError.createMissing(RequiredFactor.withAuthority(factor).build())));
	}

}
