package org.traject.people.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.traject.people.Role;

/**
 * A person with an account: participant, coach, secretary, administrator, or several of
 * these.
 */
@Entity
@Table(name = "person")
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "preferred_language", nullable = false)
	private String preferredLanguage;

	@Column(name = "password_hash")
	private @Nullable String passwordHash;

	private @Nullable String organisation;

	@Column(name = "job_title")
	private @Nullable String jobTitle;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "email_confirmed", nullable = false)
	private boolean emailConfirmed;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	// written only by People.recordSignIn, so an edit of the account never puts back an
	// older value
	@Column(name = "last_signed_in_at", insertable = false, updatable = false)
	private @Nullable Instant lastSignedInAt;

	@Version
	private long version;

	protected Person() {
	}

	public Person(String email, String displayName, Locale preferredLanguage) {
		this.email = normalise(email);
		this.displayName = displayName.strip();
		this.preferredLanguage = preferredLanguage.getLanguage();
		this.enabled = true;
		this.createdAt = Instant.now();
	}

	/**
	 * Emails are compared case-insensitively; they are stored trimmed and in lower case.
	 */
	public static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public void grant(Role role) {
		roles.add(role);
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void describeWork(@Nullable String organisation, @Nullable String jobTitle) {
		this.organisation = organisation;
		this.jobTitle = jobTitle;
	}

	/** The roles become exactly these (at least one). */
	public void replaceRoles(Set<Role> newRoles) {
		if (newRoles.isEmpty()) {
			throw new IllegalArgumentException("A person keeps at least one role");
		}
		roles.clear();
		roles.addAll(newRoles);
	}

	/** The person can no longer sign in; everything they did stays. */
	public void deactivate() {
		this.enabled = false;
	}

	public void reactivate() {
		this.enabled = true;
	}

	public @Nullable Instant getLastSignedInAt() {
		return lastSignedInAt;
	}

	public void confirmEmail() {
		this.emailConfirmed = true;
	}

	public void changePreferredLanguage(Locale language) {
		this.preferredLanguage = language.getLanguage();
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public @Nullable String getPasswordHash() {
		return passwordHash;
	}

	public @Nullable String getOrganisation() {
		return organisation;
	}

	public @Nullable String getJobTitle() {
		return jobTitle;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean isEmailConfirmed() {
		return emailConfirmed;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(roles);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

}
