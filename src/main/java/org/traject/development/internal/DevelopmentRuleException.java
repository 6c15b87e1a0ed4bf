package org.traject.development.internal;

/**
 * A change the rules refuse, with a message key (and its arguments) that tells the reader
 * why.
 */
public class DevelopmentRuleException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public DevelopmentRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}

}
