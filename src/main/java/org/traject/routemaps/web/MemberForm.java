package org.traject.routemaps.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.traject.routemaps.Enums.MemberKind;
import org.traject.routemaps.Enums.Membership;
import org.traject.routemaps.Enums.Sector;
import org.traject.routemaps.internal.Partnerships.Contact;
import org.traject.routemaps.internal.Partnerships.MemberDetails;

/**
 * A member school or board: name, school or board, sector, new or already in the
 * partnership, and its school leaders, one per line as "name, email" (the email
 * optional).
 */
record MemberForm(
		@NotBlank(message = "{routemaps.field.required}") @Size(max = 200,
				message = "{routemaps.field.tooLong}") @Nullable String name,
		@NotNull(message = "{routemaps.field.required}") @Nullable MemberKind kind,
		@NotNull(message = "{routemaps.field.required}") @Nullable Sector sector,
		@NotNull(message = "{routemaps.field.required}") @Nullable Membership membership,
		@Size(max = 4000, message = "{routemaps.field.tooLong}") @Nullable String contacts) {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+");

	static MemberForm empty() {
		return new MemberForm("", MemberKind.SCHOOL, null, null, "");
	}

	/** The details, or null with a message beside the field that is wrong. */
	@Nullable MemberDetails details(BindingResult errors) {
		List<Contact> parsed = new ArrayList<>();
		for (String line : (contacts == null ? "" : contacts).lines().map(String::strip).toList()) {
			if (line.isEmpty()) {
				continue;
			}
			int comma = line.lastIndexOf(',');
			String person = comma < 0 ? line : line.substring(0, comma).strip();
			String email = comma < 0 ? null : line.substring(comma + 1).strip();
			if (person.isEmpty() || person.length() > 200
					|| (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches()))) {
				errors.rejectValue("contacts", "routemaps.member.contacts.invalid", new Object[] { line }, null);
				return null;
			}
			parsed.add(new Contact(person, email));
		}
		if (errors.hasErrors() || name == null || kind == null || sector == null || membership == null) {
			return null;
		}
		return new MemberDetails(name.strip(), kind, sector, membership, parsed);
	}

}
