package org.traject.development.web;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.traject.development.internal.DevelopmentRuleException;

/** Flash messages and refused changes, shown where the reader looks for them. */
final class Flash {

	private Flash() {
	}

	static void success(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flashSuccess", key);
		redirect.addFlashAttribute("flashArgs", args);
	}

	static void error(RedirectAttributes redirect, DevelopmentRuleException ex) {
		redirect.addFlashAttribute("flashError", ex.messageKey());
		redirect.addFlashAttribute("flashArgs", ex.arguments());
	}

	static void reject(BindingResult errors, DevelopmentRuleException ex) {
		errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
	}

}
