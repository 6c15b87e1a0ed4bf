package org.traject.people.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.people.CurrentUser;

/** Looks up accounts for sign-in by their (case-insensitive) email address. */
@Service
class PersonDetailsService implements UserDetailsService {

	private final PersonRepository persons;

	private final Passkeys passkeys;

	PersonDetailsService(PersonRepository persons, Passkeys passkeys) {
		this.persons = persons;
		this.passkeys = passkeys;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return persons.findByEmail(Person.normalise(username))
			.map(person -> CurrentUser.of(person, passkeys.exists(person.getEmail())))
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

}
