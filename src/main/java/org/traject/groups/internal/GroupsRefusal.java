package org.traject.groups.internal;

import org.jspecify.annotations.Nullable;
import org.traject.web.Refusal;

/** A change to a cohort's groups that the rules refuse, with the reason's message key. */
public class GroupsRefusal extends Refusal {

	GroupsRefusal(@Nullable String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
