package org.traject.people;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
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

	/**
	 * Registers a participant who signs up themselves (for instance while signing up for a cohort). The account can
	 * sign in with its password; its email address is not confirmed yet.
	 *
	 * @throws EmailAlreadyRegisteredException when an account with this email address exists
	 */
	@Transactional
	public PersonView registerParticipant(NewParticipant participant) {
		if (persons.existsByEmail(Person.normalise(participant.email()))) {
			throw new EmailAlreadyRegisteredException(participant.email());
		}
		var person = new Person(participant.email(), participant.displayName(), participant.language());
		person.grant(Role.PARTICIPANT);
		person.describeWork(participant.organisation(), participant.jobTitle());
		person.setPasswordHash(passwordEncoder.encode(participant.password()));
		try {
			return PersonView.of(persons.saveAndFlush(person));
		}
		catch (DataIntegrityViolationException ex) {
			// the same address registered by a parallel request
			throw new EmailAlreadyRegisteredException(participant.email());
		}
	}

	/** Several persons at once, in one statement, keyed by id. */
	@Transactional(readOnly = true)
	public Map<Long, PersonView> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return persons.findAllById(ids).stream().map(PersonView::of).collect(Collectors.toMap(PersonView::id, Function.identity()));
	}

	/** Persons whose name or email address contains the text (case-insensitive), by name; at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<PersonView> search(String text, int limit) {
		String needle = text.strip();
		if (needle.isEmpty()) {
			return List.of();
		}
		return persons.search(needle, PageRequest.of(0, limit)).stream().map(PersonView::of).toList();
	}

	/** A participant's own sign-up. */
	public record NewParticipant(String email, String displayName, @Nullable String organisation,
			@Nullable String jobTitle, Locale language, String password) {

		@Override
		public String toString() {
			return "NewParticipant[" + displayName + "]";
		}
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
