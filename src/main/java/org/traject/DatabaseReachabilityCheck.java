package org.traject;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Before anything else starts, tries one connection to the configured PostgreSQL. When
 * that fails the application stops with a single line that says what to do, instead of
 * pages of stack trace from the pool and Flyway.
 */
class DatabaseReachabilityCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		Environment env = event.getEnvironment();
		if (!env.getProperty("traject.startup.database-check", Boolean.class, true)) {
			return;
		}
		String url = env.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql:")) {
			return;
		}
		String user = env.getProperty("spring.datasource.username");
		String password = env.getProperty("spring.datasource.password");
		DriverManager.setLoginTimeout(5);
		try (Connection ignored = DriverManager.getConnection(url, user, password)) {
			// reachable
		}
		catch (SQLException ex) {
			String reason = String.valueOf(ex.getMessage()).lines().findFirst().orElse("");
			System.err.println("Traject cannot use the PostgreSQL database at " + url + " as '" + user + "' (" + reason
					+ "): start PostgreSQL and run 'bash db/prepare-local.sh' (or 'docker compose up -d'), "
					+ "or set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
			System.exit(1);
		}
	}

}
