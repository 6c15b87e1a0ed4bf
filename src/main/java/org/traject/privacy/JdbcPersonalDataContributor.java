package org.traject.privacy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link PersonalDataContributor} that reads and erases with SQL, as most modules' do:
 * the part's name and its tables are given once, and {@link #rows} and {@link #update}
 * bind the subject as {@code :person} (their account id) and {@code :email} (their
 * address). What a module exports and erases stays visible in its own contributor, in its
 * own SQL; only the binding is shared.
 */
public abstract class JdbcPersonalDataContributor implements PersonalDataContributor {

	/** For statements with parameters of their own (an id from a row read earlier). */
	protected final JdbcClient jdbc;

	private final String part;

	private final Set<String> tables;

	protected JdbcPersonalDataContributor(JdbcClient jdbc, String part, String... tables) {
		this.jdbc = jdbc;
		this.part = part;
		this.tables = Set.of(tables);
	}

	@Override
	public final String part() {
		return part;
	}

	@Override
	public final Set<String> tables() {
		return tables;
	}

	/** The rows a query about the subject finds. */
	protected final List<Map<String, Object>> rows(DataSubject subject, String sql) {
		return about(subject, sql).query().listOfRows();
	}

	/** Runs a delete or an anonymising update about the subject. */
	protected final void update(DataSubject subject, String sql) {
		about(subject, sql).update();
	}

	private JdbcClient.StatementSpec about(DataSubject subject, String sql) {
		return jdbc.sql(sql).param("person", subject.personId()).param("email", subject.email());
	}

}
