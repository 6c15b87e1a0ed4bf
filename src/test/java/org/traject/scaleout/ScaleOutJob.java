package org.traject.scaleout;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * A job that exists only in the scale-out test's two application instances. Both
 * instances trigger it on the same cron second; ShedLock in PostgreSQL must let exactly
 * one of them run it. Deliberately not a {@code @Component} or {@code @Configuration}, so
 * the shared integration-test context's component scan never picks it up: the test names
 * {@link Setup} as a source of the two instances it starts.
 */
public class ScaleOutJob {

	/** Every 3 seconds on the wall clock, so both instances fire together. */
	static final String CRON = "*/3 * * * * *";

	static final int SLOT_SECONDS = 3;

	/**
	 * Runs that got the lock, per 3-second slot: the instance names. Both instances live
	 * in the test's JVM.
	 */
	static final Map<Long, List<String>> RUNS = new ConcurrentHashMap<>();

	/** Triggers per instance, lock or not: shows that both instances really tried. */
	static final Map<String, Integer> TRIGGERS = new ConcurrentHashMap<>();

	private final String instance;

	ScaleOutJob(String instance) {
		this.instance = instance;
	}

	static void forget() {
		RUNS.clear();
		TRIGGERS.clear();
	}

	@Scheduled(cron = CRON)
	public void trigger() {
		TRIGGERS.merge(instance, 1, Integer::sum);
	}

	// held for two seconds at least, longer than any start-of-second skew between the
	// instances, shorter than the period
	@Scheduled(cron = CRON)
	@SchedulerLock(name = "scale-out-test-job", lockAtLeastFor = "PT2S", lockAtMostFor = "PT10S")
	public void run() {
		long slot = Instant.now().getEpochSecond() / SLOT_SECONDS;
		RUNS.computeIfAbsent(slot, s -> new CopyOnWriteArrayList<>()).add(instance);
	}

	/**
	 * Registered only in the test's two instances, next to {@code TrajectApplication}.
	 */
	@EnableSchedulerLock(defaultLockAtMostFor = "PT1M")
	public static class Setup {

		@Bean
		ScaleOutJob scaleOutJob(@Value("${traject.test.instance}") String instance) {
			return new ScaleOutJob(instance);
		}

		/**
		 * Only where the application has none of its own (other modules bring one):
		 * database time, like production.
		 */
		@Bean
		@ConditionalOnMissingBean(LockProvider.class)
		LockProvider scaleOutLockProvider(DataSource dataSource) {
			return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
				.withJdbcTemplate(new JdbcTemplate(dataSource))
				.usingDbTime()
				.build());
		}

	}

}
