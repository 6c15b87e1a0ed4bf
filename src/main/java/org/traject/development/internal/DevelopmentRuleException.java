package org.traject.development.internal;

import org.traject.web.Refusal;

/**
 * A change the rules refuse, with a message key (and its arguments) that tells the reader
 * why.
 */
public class DevelopmentRuleException extends Refusal {

	public DevelopmentRuleException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
