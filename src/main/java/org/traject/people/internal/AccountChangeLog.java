package org.traject.people.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes {@code account_change}: who changed which account, when, and what it was before
 * and after. Always in the transaction of the change itself.
 */
@Component
public class AccountChangeLog {

	private final JdbcClient jdbc;

	AccountChangeLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param by who made the change; null for Traject itself
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(long personId, @Nullable Long by, String change, @Nullable String before,
			@Nullable String after) {
		jdbc.sql("""
				insert into account_change (person_id, changed_by, change, before_value, after_value)
				values (:person, :by, :change, :before, :after)""")
			.param("person", personId)
			.param("by", by)
			.param("change", change)
			.param("before", before)
			.param("after", after)
			.update();
	}

	/** Whether this change, with this after value, was ever recorded for the person. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean recorded(long personId, String change, String after) {
		return jdbc.sql("""
				select exists (select 1 from account_change
				               where person_id = :person and change = :change and after_value = :after)""")
			.param("person", personId)
			.param("change", change)
			.param("after", after)
			.query(Boolean.class)
			.single();
	}

}
