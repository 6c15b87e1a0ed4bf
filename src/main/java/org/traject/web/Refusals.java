package org.traject.web;

import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * Applies a change from a form unless the form has errors already; a change the rules
 * refuse becomes an error beside its field (or at the top of the form when the rule
 * concerns no field the form has), so the page is rendered again with what the reader
 * typed.
 */
public final class Refusals {

	private Refusals() {
	}

	/** True when the change was made; false when the form must be shown again. */
	public static boolean applied(BindingResult errors, Runnable change) {
		return attempt(errors, () -> {
			change.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/**
	 * Like {@link #applied(BindingResult, Runnable)}, with any refusal shown beside the
	 * given field: for forms whose field names differ from the rule's (an email address
	 * typed as "member email", say).
	 */
	public static boolean applied(BindingResult errors, String field, Runnable change) {
		return attempt(errors, field, () -> {
			change.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/**
	 * What the change made (a new record, say), or empty when the form must be shown
	 * again.
	 */
	public static <T> Optional<T> attempt(BindingResult errors, Supplier<T> change) {
		return attempt(errors, null, change);
	}

	/** Like {@link #attempt(BindingResult, Supplier)}, beside the given field. */
	public static <T> Optional<T> attempt(BindingResult errors, @Nullable String field, Supplier<T> change) {
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(change.get());
		}
		catch (Refusal refusal) {
			if (field != null) {
				errors.rejectValue(field, refusal.messageKey(), refusal.arguments(), refusal.messageKey());
			}
			else {
				reject(errors, refusal);
			}
			return Optional.empty();
		}
	}

	public static void reject(BindingResult errors, Refusal refusal) {
		String field = refusal.field();
		if (field != null && hasField(errors, field)) {
			errors.rejectValue(field, refusal.messageKey(), refusal.arguments(), refusal.messageKey());
		}
		else {
			errors.reject(refusal.messageKey(), refusal.arguments(), refusal.messageKey());
		}
	}

	private static boolean hasField(BindingResult errors, String field) {
		if (errors.getTarget() == null) {
			return false;
		}
		try {
			return errors.getFieldType(field) != null;
		}
		catch (RuntimeException notAProperty) {
			return false;
		}
	}

}
