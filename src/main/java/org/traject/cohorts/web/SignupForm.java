package org.traject.cohorts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.traject.web.SupportedLanguages;

/**
 * The sign-up form. Which fields are required depends on who signs up (a visitor creates
 * an account with the first five, and chooses a password later, with the link in the
 * confirmation email) and on the programme (the manager's two when it asks for approval):
 * {@link SignupController} checks that. {@code privacyVersion} is hidden: the version of
 * the privacy statement the form linked to, recorded with a successful sign-up.
 */
record SignupForm(@Nullable @Size(max = 200, message = "{enrolment.form.tooLong}") String name,
		@Nullable @Email(message = "{enrolment.form.email.invalid}") @Size(max = 254,
				message = "{enrolment.form.tooLong}") String email,
		@Nullable @Size(max = 200, message = "{enrolment.form.tooLong}") String organisation,
		@Nullable @Size(max = 200, message = "{enrolment.form.tooLong}") String jobTitle, @Nullable String language,
		@Nullable @Size(max = 200, message = "{enrolment.form.tooLong}") String managerName,
		@Nullable @Email(message = "{enrolment.form.email.invalid}") @Size(max = 254,
				message = "{enrolment.form.tooLong}") String managerEmail,
		@Nullable String privacyVersion) {

	static SignupForm empty(String language) {
		return new SignupForm(null, null, null, null, language, null, null, null);
	}

	/**
	 * What the form needs beyond its own constraints: an account's details from a visitor
	 * (not from someone signed in), a manager when the programme asks for approval.
	 */
	void checkRequired(BindingResult errors, boolean signedIn, boolean approval) {
		if (!signedIn) {
			require(errors, "name", name);
			require(errors, "email", email);
			require(errors, "organisation", organisation);
			require(errors, "jobTitle", jobTitle);
			if (language == null || !SupportedLanguages.isSupported(language)) {
				errors.rejectValue("language", "enrolment.signup.language.required");
			}
		}
		if (approval) {
			require(errors, "managerName", managerName);
			require(errors, "managerEmail", managerEmail);
		}
	}

	private static void require(BindingResult errors, String field, @Nullable String value) {
		if (blank(value) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "enrolment.signup." + field + ".required");
		}
	}

	static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	static @Nullable String trimmed(@Nullable String value) {
		return blank(value) ? null : value;
	}
}
