package org.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A module's SQL names only its own tables, and the views other modules publish. The SQL
 * is whatever sits in a Java string that looks like SQL (JdbcClient and JdbcTemplate
 * calls, {@code @Query}); a table belongs to the module whose migration creates it; a
 * view is published when the comment right above its {@code create view} says so.
 * <p>
 * Ownership is by migration version (see {@link #OWNER_OF_MIGRATION}): a new migration
 * must be given an owner here, else this test fails, so nobody adds a table without
 * saying whose it is.
 */
class CrossModuleSqlTest {

	private static final Path SOURCES = Path.of("src/main/java/org/traject");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/**
	 * Migration version to the module that owns what it creates; {@code shared} is
	 * infrastructure anyone may use.
	 */
	private static final Map<String, String> OWNER_OF_MIGRATION = Map.ofEntries(Map.entry("1", "people"),
			Map.entry("2", "security"), Map.entry("3", "shared"), Map.entry("10", "catalogue"),
			Map.entry("20", "cohorts"), Map.entry("21", "cohorts"), Map.entry("22", "cohorts"),
			Map.entry("40", "competencies"), Map.entry("50", "development"), Map.entry("51", "development"),
			Map.entry("60", "notifications"), Map.entry("61", "people"), Map.entry("70", "delivery"),
			Map.entry("71", "delivery"), Map.entry("72", "delivery"), Map.entry("73", "delivery"),
			Map.entry("74", "delivery"), Map.entry("90", "shared"), Map.entry("100", "people"),
			Map.entry("110", "cohorts"), Map.entry("111", "catalogue"), Map.entry("120", "catalogue"),
			Map.entry("121", "people"), Map.entry("130", "catalogue"), Map.entry("131", "cohorts"),
			Map.entry("132", "delivery"), Map.entry("140", "cohorts"), Map.entry("141", "development"),
			Map.entry("142", "organisations"), Map.entry("150", "people"), Map.entry("200", "routemaps"),
			Map.entry("201", "routemaps"), Map.entry("210", "cohorts"), Map.entry("220", "security"),
			Map.entry("221", "notifications"), Map.entry("230", "people"), Map.entry("231", "privacy"),
			Map.entry("340", "organisations"), Map.entry("341", "people"), Map.entry("342", "cohorts"),
			Map.entry("343", "delivery"), Map.entry("400", "groups"), Map.entry("401", "groups"),
			Map.entry("402", "groups"), Map.entry("360", "people"), Map.entry("300", "cohorts"),
			Map.entry("301", "notifications"), Map.entry("320", "coaching"), Map.entry("380", "evaluations"),
			Map.entry("381", "evaluations"), Map.entry("370", "privacy"), Map.entry("371", "development"),
			Map.entry("372", "privacy"), Map.entry("373", "people"), Map.entry("374", "privacy"),
			Map.entry("390", "cohorts"), Map.entry("391", "coaching"), Map.entry("392", "development"),
			Map.entry("393", "agenda"), Map.entry("394", "materials"), Map.entry("410", "peers"),
			Map.entry("411", "coaching"), Map.entry("420", "coaching"), Map.entry("421", "development"),
			Map.entry("430", "cohorts"));

	private static final Pattern MIGRATION_NAME = Pattern.compile("V(\\d+)__.*\\.sql");

	private static final Pattern CREATE = Pattern
		.compile("(?im)^((?:[ \\t]*--[^\\n]*\\n)*)[ \\t]*create\\s+(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"");

	/** Two literals joined with {@code +} across a line break read as one statement. */
	private static final Pattern CONCATENATION = Pattern.compile("\"\\s*\\+\\s*\"");

	private static final Pattern LOOKS_LIKE_SQL = Pattern.compile("(?i)\\b(select|insert|update|delete|with)\\b");

	private static final Pattern TABLE_AFTER_KEYWORD = Pattern
		.compile("(?i)\\b(?:from|join|into|update|table)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)");

	@Test
	void everyModulesSqlNamesOnlyItsOwnTablesAndPublishedViews() {
		var tables = tablesByOwner();
		List<String> offences = new ArrayList<>();
		try (Stream<Path> modules = Files.list(SOURCES)) {
			for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
				String name = module.getFileName().toString();
				try (Stream<Path> files = Files.walk(module)) {
					for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
						offences.addAll(offences(name, file.toString(), Files.readString(file), tables));
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		assertThat(offences).as("SQL that names another module's table").isEmpty();
	}

	@Test
	void aQueryOnAnotherModulesTableIsCaught() {
		var tables = tablesByOwner();
		String fixture = """
				class Sample {
					int confirmed(long cohortId) {
						return jdbc.sql("select count(*) from delivery_attendance where enrolment_id in "
								+ "(select id from enrolment where cohort_id = :c)").query(Integer.class).single();
					}

					@Query(value = \"""
							select p.title from programme_availability a join programme p on p.id = a.programme_id\""",
							nativeQuery = true)
					List<String> titles();

					String message() {
						return "Moved from cohort to cohort";
					}
				}
				""";
		assertThat(offences("delivery", "Sample.java", fixture, tables)).containsExactlyInAnyOrder(
				"Sample.java (delivery) names enrolment, owned by cohorts",
				"Sample.java (delivery) names programme, owned by catalogue");
		assertThat(offences("cohorts", "Sample.java", fixture, tables)).containsExactlyInAnyOrder(
				"Sample.java (cohorts) names delivery_attendance, owned by delivery",
				"Sample.java (cohorts) names programme, owned by catalogue");
	}

	@Test
	void everyMigrationHasAnOwner() {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			assertThat(files.map(f -> f.getFileName().toString())
				.map(MIGRATION_NAME::matcher)
				.filter(Matcher::matches)
				.map(m -> m.group(1))).allMatch(OWNER_OF_MIGRATION::containsKey);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> offences(String module, String file, String source, Map<String, Owner> tables) {
		List<String> offences = new ArrayList<>();
		for (String table : tablesNamedIn(source)) {
			var owner = tables.get(table);
			if (owner != null && !owner.published() && !owner.module().equals("shared")
					&& !owner.module().equals(module)) {
				offences.add(file + " (" + module + ") names " + table + ", owned by " + owner.module());
			}
		}
		return offences;
	}

	/**
	 * The table and view names that the SQL in a Java source's strings names, in order of
	 * appearance.
	 */
	static Set<String> tablesNamedIn(String javaSource) {
		Set<String> names = new LinkedHashSet<>();
		List<String> literals = new ArrayList<>();
		Matcher block = TEXT_BLOCK.matcher(javaSource);
		StringBuilder rest = new StringBuilder();
		while (block.find()) {
			literals.add(block.group(1));
			block.appendReplacement(rest, "\"\"");
		}
		block.appendTail(rest);
		Matcher string = STRING.matcher(CONCATENATION.matcher(rest).replaceAll(""));
		while (string.find()) {
			literals.add(string.group(1));
		}
		for (String literal : literals) {
			if (LOOKS_LIKE_SQL.matcher(literal).find()) {
				Matcher table = TABLE_AFTER_KEYWORD.matcher(literal);
				while (table.find()) {
					names.add(table.group(1).toLowerCase(java.util.Locale.ROOT));
				}
			}
		}
		return names;
	}

	private static Map<String, Owner> tablesByOwner() {
		Map<String, Owner> tables = new TreeMap<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.sorted().toList()) {
				Matcher name = MIGRATION_NAME.matcher(file.getFileName().toString());
				if (!name.matches()) {
					continue;
				}
				String module = OWNER_OF_MIGRATION.getOrDefault(name.group(1), "unknown");
				Matcher create = CREATE.matcher(Files.readString(file));
				while (create.find()) {
					boolean published = create.group(2).equalsIgnoreCase("view")
							&& create.group(1).toLowerCase(java.util.Locale.ROOT).contains("published");
					tables.put(create.group(3).toLowerCase(java.util.Locale.ROOT), new Owner(module, published));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tables;
	}

	private record Owner(String module, boolean published) {
	}

}
