package org.traject.competencies.internal;

import org.traject.web.Refusal;

import org.jspecify.annotations.Nullable;

/**
 * A change the profile's rules refuse (a duplicate name, a target level outside the
 * scale, publishing an empty profile). Carries a message key so the web layer can show it
 * beside the field it concerns.
 */
public class ProfileRuleException extends Refusal {

	public ProfileRuleException(@Nullable String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
