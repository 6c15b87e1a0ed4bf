package org.traject.people.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.traject.web.SupportedLanguages;

/**
 * The first administrator of a fresh installation: start Traject once with
 * {@code TRAJECT_BOOTSTRAP_ADMIN=name@provider.nl} ({@code traject.bootstrap-admin}). The
 * account is created with the administrator role and an invitation to choose a password
 * is emailed; without an SMTP server ({@code spring.mail.host}) the link is written to
 * the log, once. When an administrator who can sign in exists, nothing happens, so the
 * setting may stay in place.
 */
@Component
@Order(5)
public class BootstrapAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

	private final AccountAdministration administration;

	private final String email;

	private final String mailHost;

	private final String baseUrl;

	public BootstrapAdministrator(AccountAdministration administration,
			@Value("${traject.bootstrap-admin:}") String email, @Value("${spring.mail.host:}") String mailHost,
			@Value("${traject.base-url:http://localhost:8080}") String baseUrl) {
		this.administration = administration;
		this.email = email.strip();
		this.mailHost = mailHost.strip();
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (email.isEmpty()) {
			return;
		}
		if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			log.error("TRAJECT_BOOTSTRAP_ADMIN is not an email address; no administrator created");
			return;
		}
		administration.bootstrapAdministrator(email, SupportedLanguages.ENGLISH).ifPresentOrElse(invited -> {
			if (mailHost.isEmpty()) {
				log.warn(
						"First administrator {} created. No SMTP server is configured, so here is the link to choose "
								+ "a password (valid until {}, works once): {}{}",
						invited.email(), invited.expiresAt(), baseUrl, invited.invitationPath());
			}
			else {
				log.info("First administrator {} created; the invitation is emailed", invited.email());
			}
		}, () -> log.info("TRAJECT_BOOTSTRAP_ADMIN: an administrator exists already; nothing to do"));
	}

}
