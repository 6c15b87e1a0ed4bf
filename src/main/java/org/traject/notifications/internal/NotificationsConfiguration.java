package org.traject.notifications.internal;

import java.util.Arrays;
import java.util.Properties;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class NotificationsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(NotificationsConfiguration.class);

	/**
	 * ShedLock on the {@code shedlock} table (V3), timed by the database clock so
	 * instances' clocks may differ.
	 */
	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	/**
	 * SMTP when {@code spring.mail.host} is set (Boot then provides the
	 * {@link JavaMailSender}); otherwise the development mailbox, except in production,
	 * where emails wait in the outbox until SMTP is configured.
	 */
	@Bean
	MailTransport mailTransport(ObjectProvider<JavaMailSender> sender, MailSettings settings, Environment environment,
			@Value("${traject.base-url:http://localhost:8080}") String baseUrl) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp != null) {
			return new SmtpTransport(smtp, settings, baseUrl);
		}
		if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			log.warn("No SMTP server configured (spring.mail.host): emails stay in the outbox until one is");
			return new HeldTransport();
		}
		log.info("No SMTP server configured: emails go to the development mailbox at /dev/mailbox");
		return new MailboxTransport();
	}

	/**
	 * A mail server that never answers must not hold the delivery job (and its claims)
	 * for ever: time-outs unless {@code spring.mail.properties.*} sets them.
	 */
	@Bean
	static BeanPostProcessor mailTimeouts() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JavaMailSenderImpl sender) {
					Properties properties = sender.getJavaMailProperties();
					properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
					properties.putIfAbsent("mail.smtp.timeout", "30000");
					properties.putIfAbsent("mail.smtp.writetimeout", "30000");
				}
				return bean;
			}
		};
	}

	/** Production without SMTP: nothing is delivered, nothing is lost. */
	static final class HeldTransport implements MailTransport {

		@Override
		public boolean available() {
			return false;
		}

		@Override
		public OutgoingEmails.DeliveryStatus deliveredAs() {
			throw new IllegalStateException("Nothing is delivered without SMTP");
		}

		@Override
		public java.util.Map<Long, Exception> deliver(java.util.List<OutgoingEmails.ClaimedEmail> emails) {
			throw new IllegalStateException("Nothing is delivered without SMTP");
		}

	}

}
