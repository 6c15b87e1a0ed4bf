package org.traject.coaching.internal;

import org.jspecify.annotations.Nullable;
import org.traject.web.Refusal;

/**
 * A change the coaching rules refuse: a slot taken or no longer offered, no sessions
 * left, too late to change, an outcome before the appointment.
 */
public class CoachingRefusal extends Refusal {

	public CoachingRefusal(@Nullable String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
