package org.traject.test;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that decides which PostgreSQL the tests get: a Testcontainers container
 * when a Docker engine answers, otherwise a database created for this run on the local
 * server. No test knows which it got. Never H2.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	private static Boolean dockerAvailable;

	static synchronized boolean dockerAvailable() {
		if (dockerAvailable == null) {
			boolean wanted = !"false".equals(System.getenv("TRAJECT_TEST_DOCKER"));
			boolean available;
			try {
				available = wanted && DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException | LinkageError ex) {
				available = false;
			}
			dockerAvailable = available;
		}
		return dockerAvailable;
	}

	/** Counts statements per thread for the query-budget tests. */
	@Bean
	static QueryCounter queryCounter() {
		return new QueryCounter();
	}

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return SharedContainer.INSTANCE;
	}

	@Bean
	@Conditional(DockerUnavailable.class)
	JdbcConnectionDetails localPostgres() {
		LocalTestDatabase database = LocalTestDatabase.get();
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return database.username;
			}

			@Override
			public String getPassword() {
				return database.password;
			}

			@Override
			public String getJdbcUrl() {
				return database.url;
			}
		};
	}

	/**
	 * One container for every context of the run (the second-instance tests share it like
	 * real instances would).
	 */
	private static final class SharedContainer {

		static final PostgreSQLContainer INSTANCE = new PostgreSQLContainer("postgres:17-alpine");

	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return dockerAvailable();
		}

	}

	static class DockerUnavailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !dockerAvailable();
		}

	}

}
