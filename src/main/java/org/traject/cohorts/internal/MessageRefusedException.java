package org.traject.cohorts.internal;

import org.traject.web.Refusal;

/** A cohort message that cannot be sent as written; nothing was sent. */
public class MessageRefusedException extends Refusal {

	MessageRefusedException(String field, String messageKey) {
		super(field, messageKey);
	}

}
