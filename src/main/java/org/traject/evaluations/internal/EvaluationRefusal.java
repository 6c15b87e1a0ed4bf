package org.traject.evaluations.internal;

import org.jspecify.annotations.Nullable;
import org.traject.web.Refusal;

/**
 * What the evaluation rules refuse: a link already used or closed, an answer left out or
 * out of range, a form without questions.
 */
public class EvaluationRefusal extends Refusal {

	public EvaluationRefusal(@Nullable String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
