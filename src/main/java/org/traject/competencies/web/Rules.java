package org.traject.competencies.web;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.traject.competencies.internal.ProfileRuleException;

/**
 * Shows a refused change where the reader looks for it: beside its field, or at the top
 * of the form.
 */
final class Rules {

	private Rules() {
	}

	static void reject(BindingResult errors, ProfileRuleException ex) {
		String field = ex.field();
		if (field != null && errors.getTarget() != null && hasField(errors, field)) {
			errors.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

	static void flash(RedirectAttributes redirect, ProfileRuleException ex) {
		redirect.addFlashAttribute("flashError", ex.messageKey());
		redirect.addFlashAttribute("flashArgs", ex.arguments());
	}

	static void flash(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flashSuccess", key);
		redirect.addFlashAttribute("flashArgs", args);
	}

	private static boolean hasField(BindingResult errors, String field) {
		try {
			errors.getFieldType(field);
			return errors.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
