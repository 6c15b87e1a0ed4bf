package org.traject.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.traject.notifications.Email;

class EmailRendererTest {

	private final EmailRenderer renderer = new EmailRenderer(messages(),
			new MailSettings("Traject <no-reply@example.org>", "Stichting Leiderschap", "+31 20 123 45 67",
					new MailSettings.Delivery(Duration.ofSeconds(10), 50, 8, Duration.ofSeconds(30),
							Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofSeconds(30))),
			"https://traject.example.org/");

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"nl | Kies een nieuw wachtwoord voor Traject | Beste Anne & Co, | De link werkt één keer, 60 minuten lang.",
			"da | Vælg en ny adgangskode til Traject | Kære Anne & Co | Linket virker én gang og i 60 minutter.",
			"en | Choose a new password for Traject | Hello Anne & Co, | The link works once, for 60 minutes.",
			"fr | Choose a new password for Traject | Hello Anne & Co, | The link works once, for 60 minutes." })
	void rendersSubjectHtmlAndTextInTheRecipientsLanguage(String language, String subject, String greeting,
			String validity) {
		var email = Email.of("password-reset", "token-1")
			.to("anne@example.org", language)
			.with("name", "Anne & Co")
			.with("validMinutes", 60)
			.link("resetLink", "/account/password-reset/abc")
			.link("requestLink", "/account/password-reset")
			.build();

		var rendered = renderer.render(email);

		assertThat(rendered.subject()).isEqualTo(subject);
		assertThat(rendered.html()).contains("lang=\"" + email.language().getLanguage() + "\"")
			.contains("href=\"https://traject.example.org/account/password-reset/abc\"")
			.contains(greeting.replace("&", "&amp;"))
			.contains("Stichting Leiderschap")
			.contains("+31 20 123 45 67")
			.doesNotContain("??");
		assertThat(rendered.text()).contains(greeting)
			.contains(validity)
			.contains("https://traject.example.org/account/password-reset/abc")
			.contains("Stichting Leiderschap")
			.doesNotContain("<")
			.doesNotContain("??");
	}

	private static ReloadableResourceBundleMessageSource messages() {
		var source = new ReloadableResourceBundleMessageSource();
		source.setBasenames("classpath:messages/notifications", "classpath:messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
