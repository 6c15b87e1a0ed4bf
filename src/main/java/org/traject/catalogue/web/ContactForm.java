package org.traject.catalogue.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.catalogue.ContactRole;
import org.traject.catalogue.internal.ProgrammeEditing;

/**
 * A person to contact about a programme, as a secretary adds or changes them; email and
 * phone are optional.
 */
record ContactForm(@NotNull(message = "{catalogue.contact.role.required}") @Nullable ContactRole contactRole,
		@NotBlank(message = "{catalogue.contact.name.required}") @Size(max = 200,
				message = "{catalogue.form.tooLong}") String contactName,
		@Email(message = "{catalogue.contact.email.invalid}") @Size(max = 254,
				message = "{catalogue.form.tooLong}") String contactEmail,
		@Pattern(regexp = "^$|^\\+?[0-9][0-9 ()./-]{4,30}$",
				message = "{catalogue.contact.phone.invalid}") String contactPhone) {

	ContactForm {
		contactName = contactName == null ? "" : contactName;
		contactEmail = contactEmail == null ? "" : contactEmail;
		contactPhone = contactPhone == null ? "" : contactPhone;
	}

	static ContactForm empty() {
		return new ContactForm(null, "", "", "");
	}

	static ContactForm of(ProgrammeEditing.ContactView contact) {
		return new ContactForm(contact.role(), contact.name(), contact.email(), contact.phone());
	}

	@Nullable String email() {
		return contactEmail.isEmpty() ? null : contactEmail;
	}

	@Nullable String phone() {
		return contactPhone.isEmpty() ? null : contactPhone;
	}
}
