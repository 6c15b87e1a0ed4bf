package org.traject.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.TestPropertySource;

/**
 * An {@link IntegrationTest} whose emails really go out over SMTP, to the in-JVM server
 * {@link TestSmtp}, with a delivery job that runs every fifth of a second and retries
 * quickly. Every mail test uses exactly this annotation, so together they add one Spring
 * context to the run, not one each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "traject.mail.delivery.interval=PT0.2S",
		"traject.mail.delivery.backoff=PT0.2S", "traject.mail.delivery.max-backoff=PT1S",
		"traject.mail.delivery.max-attempts=40", "traject.mail.delivery.batch-size=100",
		"traject.base-url=https://traject.example.org", "traject.mail.provider-name=Stichting Leiderschap",
		"traject.mail.provider-contact=opleidingen@leiderschap.example.org",
		// short socket time-outs, so that SilentSmtpTest sees several timed-out attempts
		// in seconds (production keeps NotificationsConfiguration's 10 s / 30 s)
		"spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000",
		"spring.mail.properties.mail.smtp.writetimeout=2000" })
@Import(MailIntegrationTest.Smtp.class)
public @interface MailIntegrationTest {

	@TestConfiguration(proxyBeanMethods = false)
	class Smtp {

		/**
		 * The port is only known once the server runs; the mail sender is created after
		 * this.
		 */
		@Bean
		static DynamicPropertyRegistrar testSmtpPort() {
			return registry -> registry.add("spring.mail.port", TestSmtp::port);
		}

		@Bean
		TestEmails testEmails(org.traject.notifications.EmailOutbox outbox) {
			return new TestEmails(outbox);
		}

	}

}
