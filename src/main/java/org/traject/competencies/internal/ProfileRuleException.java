package org.traject.competencies.internal;

import org.jspecify.annotations.Nullable;

/**
 * A change the profile's rules refuse (a duplicate name, a target level outside the
 * scale, publishing an empty profile). Carries a message key so the web layer can show it
 * beside the field it concerns.
 */
public class ProfileRuleException extends RuntimeException {

	private final @Nullable String field;

	private final String messageKey;

	private final Object[] arguments;

	public ProfileRuleException(@Nullable String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** The form field the rule concerns, or null when it concerns the whole version. */
	public @Nullable String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
