package org.traject.notifications.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.traject.notifications.Email;

/**
 * Turns an {@link Email} into subject, HTML and plain text in the recipient's language.
 * Uses a template engine of its own (not a bean, so the web's engine stays Boot's):
 * emails are rendered outside any request.
 */
@Component
public class EmailRenderer {

	private final SpringTemplateEngine engine;

	private final MessageSource messages;

	private final MailSettings settings;

	private final String baseUrl;

	EmailRenderer(MessageSource messages, MailSettings settings,
			@Value("${traject.base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.settings = settings;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.engine = new SpringTemplateEngine();
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
		engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
		engine.setTemplateEngineMessageSource(messages);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setOrder(order);
		resolver.setCacheable(true);
		if (mode == TemplateMode.TEXT) {
			// text templates are asked for by their full name (password-reset.txt); the
			// HTML resolver adds .html
			resolver.setResolvablePatterns(java.util.Set.of("*.txt"));
		}
		else {
			resolver.setSuffix(suffix);
			resolver.setCheckExistence(true);
		}
		return resolver;
	}

	public RenderedEmail render(Email email) {
		Map<String, Object> variables = new HashMap<>(email.model());
		email.links().forEach((name, path) -> variables.put(name, absolute(path)));
		variables.put("providerName", settings.providerName());
		variables.put("providerContact", settings.providerContact());
		variables.put("baseUrl", baseUrl);
		variables.put("recipient", email.recipient());
		variables.put("lang", email.language().getLanguage());
		variables.put("kind", email.kind());
		variables.put("attachment", email.attachment() != null);
		var context = new Context(email.language(), variables);
		String subject = messages.getMessage(email.subjectKey(), email.subjectArguments().toArray(), email.language());
		context.setVariable("subject", subject);
		String html = engine.process(email.template(), context);
		String text = engine.process(email.template() + ".txt", context).strip() + "\n";
		return new RenderedEmail(subject, html, text);
	}

	/** A path inside Traject as an absolute link on the configured base URL. */
	public String absolute(String path) {
		return baseUrl + path;
	}

	public record RenderedEmail(String subject, String html, String text) {
	}

}
