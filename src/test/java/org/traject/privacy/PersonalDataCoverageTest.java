package org.traject.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.test.IntegrationTest;

/**
 * Every table that holds a person's id is claimed by a {@link PersonalDataContributor},
 * so a new module cannot forget to export and erase its part. A table holds a person's id
 * when a column is called {@code person_id}, {@code participant_id} or
 * {@code *_person_id}, or when a column refers to {@code person}.
 */
@IntegrationTest
class PersonalDataCoverageTest {

	private static final String TABLES_WITH_A_PERSON = """
			select c.table_name from information_schema.columns c
			join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
			where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
			  and (c.column_name in ('person_id', 'participant_id') or c.column_name like '%\\_person\\_id')
			union
			select kcu.table_name from information_schema.referential_constraints rc
			join information_schema.key_column_usage kcu
			  on kcu.constraint_schema = rc.constraint_schema and kcu.constraint_name = rc.constraint_name
			join information_schema.constraint_column_usage ccu
			  on ccu.constraint_schema = rc.unique_constraint_schema and ccu.constraint_name = rc.unique_constraint_name
			where kcu.table_schema = current_schema() and ccu.table_name = 'person'
			union
			select 'person'""";

	@Autowired
	List<PersonalDataContributor> contributors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everyTableHoldingAPersonIdIsClaimedByAContributor() {
		assertThat(unclaimed()).as("tables with a person id that no PersonalDataContributor names").isEmpty();
	}

	@Test
	void aNewTableWithAPersonIdThatNobodyClaimsIsCaught() {
		var template = new TransactionTemplate(transactions);
		template.executeWithoutResult(status -> {
			jdbc.sql("create table privacy_probe (id bigint, coach_person_id bigint)").update();
			jdbc.sql("create table privacy_probe_ref (id bigint, owner bigint references person (id))").update();
			assertThat(unclaimed()).containsExactly("privacy_probe", "privacy_probe_ref");
			status.setRollbackOnly();
		});
	}

	@Test
	void partsHaveDistinctNamesThatWorkAsFileNames() {
		var parts = contributors.stream().map(PersonalDataContributor::part).toList();
		assertThat(parts).doesNotHaveDuplicates().allMatch(p -> p.matches("[a-z][a-z-]*"));
	}

	private Set<String> unclaimed() {
		Set<String> claimed = new TreeSet<>();
		contributors.forEach(c -> claimed.addAll(c.tables()));
		Set<String> unclaimed = new TreeSet<>(jdbc.sql(TABLES_WITH_A_PERSON).query(String.class).list());
		unclaimed.removeAll(claimed);
		return unclaimed;
	}

}
