package org.traject.people;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.traject.people.internal.Person;

/**
 * The signed-in person, as Spring Security holds it. Small and serialisable: it lives in
 * the HTTP session. An account may sign in once it is enabled, has a password and its
 * email address is confirmed.
 *
 * @param passkey whether the person had registered a passkey when they signed in: then
 * signing in asks for it after the password (see the security module's sign-in policy)
 */
public record CurrentUser(long personId, String email, String displayName, String preferredLanguage, Set<Role> roles,
		String password, boolean enabled, boolean passkey) implements UserDetails {

	/** The roles that sign in with a second factor when the setting asks for it. */
	public static final Set<Role> STAFF_ROLES = Set.of(Role.ADMIN, Role.SECRETARY, Role.COACH);

	/** Someone without a passkey. */
	public CurrentUser(long personId, String email, String displayName, String preferredLanguage, Set<Role> roles,
			String password, boolean enabled) {
		this(personId, email, displayName, preferredLanguage, roles, password, enabled, false);
	}

	public static CurrentUser of(Person person, boolean passkey) {
		return new CurrentUser(person.getId(), person.getEmail(), person.getDisplayName(),
				person.getPreferredLanguage(), person.getRoles(),
				person.getPasswordHash() == null ? "" : person.getPasswordHash(),
				person.isEnabled() && person.getPasswordHash() != null && person.isEmailConfirmed(), passkey);
	}

	/** Whether the person holds a staff role (administrator, course secretary, coach). */
	public boolean isStaff() {
		return roles.stream().anyMatch(STAFF_ROLES::contains);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** The start page of this person's most powerful role. */
	public String startPage() {
		for (Role role : new Role[] { Role.ADMIN, Role.SECRETARY, Role.COACH, Role.PARTICIPANT }) {
			if (roles.contains(role)) {
				return role.startPage();
			}
		}
		return "/";
	}

	public Locale locale() {
		return Locale.forLanguageTag(preferredLanguage);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** The password hash stays out of logs. */
	@Override
	public String toString() {
		return "CurrentUser[" + personId + ", " + email + ", " + roles + "]";
	}
}
