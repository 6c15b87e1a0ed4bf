package org.traject.notifications;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.traject.web.SupportedLanguages;

/**
 * One email to send, as a mapping from a domain event describes it (see
 * {@link EmailOutbox}): who receives it, in which language, what kind it is and what its
 * template needs. The outbox renders it at once and delivers it later.
 *
 * @param eventId identifies the event occurrence that causes this email; together with
 * {@code kind} and {@code recipient} it is unique, so a redelivered event never queues
 * the email twice. Use an id the event carries (an enrolment id plus its status change, a
 * token id), never the time of handling.
 * @param kind short name such as {@code password-reset}; also names the templates
 * ({@code templates/notifications/email/<kind>.html} and {@code .txt}) and the subject
 * key ({@code notifications.<kind>.subject})
 * @param links model entries holding a path inside Traject
 * ({@code /account/confirm/abc}); rendered as absolute links on the configured
 * {@code traject.base-url}
 * @param replyTo where replies go when not to the sender (a programme's contact), or null
 */
public record Email(String eventId, String kind, String recipient, Locale language, String subjectKey,
		List<Object> subjectArguments, String template, Map<String, Object> model, Map<String, String> links,
		@Nullable Attachment attachment, @Nullable String replyTo) {

	public static final String TEMPLATE_FOLDER = "notifications/email/";

	public Email {
		if (eventId.isBlank() || kind.isBlank() || recipient.isBlank()) {
			throw new IllegalArgumentException("An email needs an event id, a kind and a recipient");
		}
		language = SupportedLanguages.closest(language);
		subjectArguments = List.copyOf(subjectArguments);
		model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
		links = Map.copyOf(links);
		links.values().forEach(path -> {
			if (!path.startsWith("/")) {
				throw new IllegalArgumentException("A link is a path inside Traject starting with '/': " + path);
			}
		});
	}

	/** Starts an email of the given kind for one event occurrence. */
	public static Builder of(String kind, String eventId) {
		return new Builder(kind, eventId);
	}

	/**
	 * Builds an {@link Email}; the subject key and template follow from the kind unless
	 * set.
	 */
	public static final class Builder {

		private final String kind;

		private final String eventId;

		private @Nullable String recipient;

		private Locale language = SupportedLanguages.ENGLISH;

		private final List<Object> subjectArguments = new ArrayList<>();

		private @Nullable String subjectKey;

		private @Nullable String template;

		private final Map<String, Object> model = new LinkedHashMap<>();

		private final Map<String, String> links = new LinkedHashMap<>();

		private @Nullable Attachment attachment;

		private @Nullable String replyTo;

		private Builder(String kind, String eventId) {
			this.kind = kind;
			this.eventId = eventId;
		}

		/**
		 * The recipient and their preferred language ({@code nl}, {@code da} or
		 * {@code en}; others become English).
		 */
		public Builder to(String recipient, String language) {
			this.recipient = recipient;
			this.language = Locale.forLanguageTag(language);
			return this;
		}

		/** Arguments for the subject message ({@code {0}}, {@code {1}}, ...). */
		public Builder subjectArguments(Object... arguments) {
			subjectArguments.addAll(List.of(arguments));
			return this;
		}

		public Builder subjectKey(String key) {
			this.subjectKey = key;
			return this;
		}

		public Builder template(String template) {
			this.template = template;
			return this;
		}

		public Builder with(String name, Object value) {
			model.put(name, value);
			return this;
		}

		/**
		 * A link into Traject: give the path, the template receives the absolute URL
		 * under {@code name}.
		 */
		public Builder link(String name, String path) {
			links.put(name, path);
			return this;
		}

		public Builder attach(Attachment attachment) {
			this.attachment = attachment;
			return this;
		}

		/** Replies go to this address instead of the sender's. */
		public Builder replyTo(@Nullable String address) {
			this.replyTo = address;
			return this;
		}

		public Email build() {
			if (recipient == null) {
				throw new IllegalStateException("Call to(recipient, language) first");
			}
			return new Email(eventId, kind, recipient, language,
					subjectKey != null ? subjectKey : "notifications." + kind + ".subject", subjectArguments,
					template != null ? template : TEMPLATE_FOLDER + kind, model, links, attachment, replyTo);
		}

	}
}
