package org.traject.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port against real PostgreSQL, with MockMvc at hand.
 * All integration and browser tests share this one configuration, so Spring's context
 * cache starts the application once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
// pages are counted and compared statement by statement: no page is served from the
// public page cache in tests; every test posts from 127.0.0.1, so the public forms'
// rate limits are out of the way here, and so is the limit on questions to peer
// supporters (PeerQuestionLimitTest and TwoInstancesTest set their own);
// tests check what happens, not how fast: a rush of 120 sign-ups on a busy two-core build
// machine may wait longer than production's 5 s for a pooled connection
// (bench/faults.sh measures the fail-fast setting)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "traject.web.public-page-cache.ttl=0", "traject.form-limits.per-address=1000000",
				"traject.form-limits.per-target=1000000", "traject.form-limits.peer-questions-per-person=1000000",
				"spring.datasource.hikari.connection-timeout=60000" })
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
public @interface IntegrationTest {

}
