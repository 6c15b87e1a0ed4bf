package org.traject.people.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's passkeys (WebAuthn credentials). Spring Security's WebAuthn support reads
 * and writes them through the two repositories this class provides; they keep them in
 * PostgreSQL ({@code user_entities}, {@code user_credentials}, migration {@code V150}),
 * so every instance knows every passkey. A user entity's name is the person's email
 * address. Adding and removing a passkey is recorded in {@code account_change}.
 */
@Component
public class Passkeys implements UserCredentialRepository {

	/** One passkey as the account page shows it. */
	public record Passkey(String credentialId, String label, @Nullable Instant created, @Nullable Instant lastUsed) {
	}

	private final JdbcClient jdbc;

	private final JdbcUserCredentialRepository credentials;

	private final JdbcPublicKeyCredentialUserEntityRepository userEntities;

	private final AccountChangeLog changes;

	Passkeys(JdbcClient jdbc, JdbcOperations jdbcOperations, AccountChangeLog changes) {
		this.jdbc = jdbc;
		this.credentials = new JdbcUserCredentialRepository(jdbcOperations);
		this.userEntities = new JdbcPublicKeyCredentialUserEntityRepository(jdbcOperations);
		this.changes = changes;
	}

	/** Where Spring Security finds the WebAuthn user entities (one per person). */
	public PublicKeyCredentialUserEntityRepository userEntities() {
		return userEntities;
	}

	/** Whether the person with this (normalised) email address has a passkey. */
	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return jdbc.sql("""
				select exists (select 1 from user_credentials c join user_entities u on u.id = c.user_entity_user_id
				               where u.name = :name)""").param("name", email).query(Boolean.class).single();
	}

	@Transactional(readOnly = true)
	public List<Passkey> of(String email) {
		return jdbc.sql("""
				select c.credential_id, c.label, c.created, c.last_used
				from user_credentials c join user_entities u on u.id = c.user_entity_user_id
				where u.name = :name order by c.created, c.credential_id""")
			.param("name", email)
			.query((rs, n) -> new Passkey(rs.getString("credential_id"), rs.getString("label"),
					instant(rs.getTimestamp("created")), instant(rs.getTimestamp("last_used"))))
			.list();
	}

	/**
	 * Removes one of the person's own passkeys; false when they have none with this id.
	 */
	@Transactional
	public boolean remove(long personId, String email, String credentialId) {
		var label = jdbc.sql("""
				delete from user_credentials c using user_entities u
				where u.id = c.user_entity_user_id and u.name = :name and c.credential_id = :id
				returning c.label""").param("name", email).param("id", credentialId).query(String.class).optional();
		label.ifPresent(l -> changes.record(personId, personId, "PASSKEY_REMOVED", l, null));
		return label.isPresent();
	}

	/** Removes all of the person's passkeys; how many there were. */
	@Transactional
	int removeAll(String email) {
		return jdbc.sql("""
				delete from user_credentials c using user_entities u
				where u.id = c.user_entity_user_id and u.name = :name""").param("name", email).update();
	}

	@Override
	@Transactional
	public void save(CredentialRecord record) {
		boolean added = credentials.findByCredentialId(record.getCredentialId()) == null;
		credentials.save(record);
		if (added) {
			ownerOf(record.getUserEntityUserId())
				.ifPresent(person -> changes.record(person, person, "PASSKEY_ADDED", null, record.getLabel()));
		}
	}

	@Override
	@Transactional
	public void delete(Bytes credentialId) {
		var record = credentials.findByCredentialId(credentialId);
		credentials.delete(credentialId);
		if (record != null) {
			ownerOf(record.getUserEntityUserId())
				.ifPresent(person -> changes.record(person, person, "PASSKEY_REMOVED", record.getLabel(), null));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
		return credentials.findByCredentialId(credentialId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return credentials.findByUserId(userId);
	}

	private java.util.Optional<Long> ownerOf(Bytes userEntityId) {
		return jdbc.sql("select p.id from person p join user_entities u on u.name = p.email where u.id = :id")
			.param("id", userEntityId.toBase64UrlString())
			.query(Long.class)
			.optional();
	}

	private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
