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

	PersonDetailsService(PersonRepository persons) {
		this.persons = persons;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return persons.findByEmail(Person.normalise(username))
			.map(CurrentUser::of)
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

}
