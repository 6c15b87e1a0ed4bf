package org.traject.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where no Docker engine runs: a database of its own on the local PostgreSQL server,
 * created for this test run and dropped when the JVM ends. The server and credentials
 * come from the usual environment variables (defaults match {@code db/prepare-local.sh}:
 * role {@code traject} with CREATEDB).
 */
final class LocalTestDatabase {

	private static LocalTestDatabase instance;

	final String url;

	final String username;

	final String password;

	private LocalTestDatabase(String url, String username, String password) {
		this.url = url;
		this.username = username;
		this.password = password;
	}

	static synchronized LocalTestDatabase get() {
		if (instance == null) {
			instance = create();
		}
		return instance;
	}

	private static LocalTestDatabase create() {
		String host = env("TRAJECT_TEST_DB_HOST", "127.0.0.1");
		String port = env("TRAJECT_TEST_DB_PORT", "5432");
		String username = env("SPRING_DATASOURCE_USERNAME", "traject");
		String password = env("SPRING_DATASOURCE_PASSWORD", "traject");
		String name = "traject_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
				+ ProcessHandle.current().pid();
		String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
		dropLeftovers(admin, username, password);
		execute(admin, username, password, "create database " + name + " encoding 'UTF8' template template0");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> dropWhenUnused(admin, username, password, name)));
		return new LocalTestDatabase("jdbc:postgresql://" + host + ":" + port + "/" + name, username, password);
	}

	/**
	 * Databases of earlier runs whose JVM was killed before it could drop them (the name
	 * ends in its process id).
	 */
	private static void dropLeftovers(String admin, String username, String password) {
		try (Connection connection = DriverManager.getConnection(admin, username, password);
				Statement statement = connection.createStatement();
				var rs = statement
					.executeQuery("select datname from pg_database where datname like 'traject\\_test\\_%'")) {
			var stale = new java.util.ArrayList<String>();
			while (rs.next()) {
				String db = rs.getString(1);
				long pid = Long.parseLong(db.substring(db.lastIndexOf('_') + 1));
				if (ProcessHandle.of(pid).isEmpty()) {
					stale.add(db);
				}
			}
			for (String db : stale) {
				try (Statement drop = connection.createStatement()) {
					drop.execute("drop database if exists " + db + " with (force)");
				}
			}
		}
		catch (SQLException | NumberFormatException ex) {
			System.err.println("Could not clean up earlier test databases: " + ex.getMessage());
		}
	}

	/**
	 * Runs at JVM exit, alongside the hooks that close the Spring contexts: waits (up to
	 * 20 s) until their connection pools have let go of the database, so no closing
	 * context finds its database gone, then drops it.
	 */
	private static void dropWhenUnused(String admin, String username, String password, String name) {
		try (Connection connection = DriverManager.getConnection(admin, username, password)) {
			for (int i = 0; i < 200; i++) {
				try (Statement statement = connection.createStatement();
						var rs = statement
							.executeQuery("select count(*) from pg_stat_activity where datname = '" + name + "'")) {
					rs.next();
					if (rs.getInt(1) == 0) {
						break;
					}
				}
				Thread.sleep(100);
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + name + " with (force)");
			}
		}
		catch (SQLException | InterruptedException ex) {
			System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
		}
	}

	private static void execute(String url, String username, String password, String sql) {
		try (Connection connection = DriverManager.getConnection(url, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot prepare the test database on " + url
					+ " (run 'bash db/prepare-local.sh' once): " + ex.getMessage(), ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
