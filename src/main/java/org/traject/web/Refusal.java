package org.traject.web;

import org.jspecify.annotations.Nullable;

/**
 * A change the domain's rules refuse: a message key with its arguments and, when the rule
 * concerns one form field, that field. Every module's refusals extend this type, so a
 * controller never catches them: {@link Refusals#applied} puts one beside its field on a
 * form page, and {@link RefusalHandling} turns one thrown from any other handler into a
 * flash message on the page named by the handler's {@link OnRefusal}.
 */
public class Refusal extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	private final @Nullable String field;

	public Refusal(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	public Refusal(@Nullable String field, String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** The form field the rule concerns, or null when it concerns the whole form. */
	public @Nullable String field() {
		return field;
	}

}
