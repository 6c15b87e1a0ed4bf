package org.traject.people;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people module's facade. Other modules find and create persons only through it, and refer to a person by id.
 */
@Service
public class People {

	private final PersonRepository persons;

	private final PasswordEncoder passwordEncoder;

	People(PersonRepository persons, PasswordEncoder passwordEncoder) {
		this.persons = persons;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional(readOnly = true)
	public Optional<PersonView> findByEmail(String email) {
		return persons.findByEmail(Person.normalise(email)).map(PersonView::of);
	}

	@Transactional(readOnly = true)
	public Optional<PersonView> findById(long id) {
		return persons.findById(id).map(PersonView::of);
	}

	/**
	 * Creates an account unless one with that email exists (then returns it unchanged). Used by demo data and by
	 * administrators; a null password leaves the account unable to sign in until a password is set.
	 */
	@Transactional
	public PersonView ensureAccount(String email, String displayName, Locale language, @Nullable String rawPassword,
			Set<Role> roles, @Nullable String organisation, @Nullable String jobTitle) {
		return persons.findByEmail(Person.normalise(email)).map(PersonView::of).orElseGet(() -> {
			var person = new Person(email, displayName, language);
			roles.forEach(person::grant);
			person.describeWork(organisation, jobTitle);
			if (rawPassword != null) {
				person.setPasswordHash(passwordEncoder.encode(rawPassword));
				person.confirmEmail();
			}
			return PersonView.of(persons.save(person));
		});
	}

	/** A read-only view of a person that other modules may hold on to. */
	public record PersonView(long id, String email, String displayName, String preferredLanguage,
			@Nullable String organisation, @Nullable String jobTitle, Set<Role> roles) {

		static PersonView of(Person p) {
			return new PersonView(p.getId(), p.getEmail(), p.getDisplayName(), p.getPreferredLanguage(),
					p.getOrganisation(), p.getJobTitle(), p.getRoles());
		}
	}
}
