package org.traject.organisations.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.organisations.OrganisationKind;
import org.traject.organisations.OrganisationSector;
import org.traject.organisations.OrganisationDetails;
import org.traject.organisations.internal.OrganisationDirectory;

/** The forms of the organisation pages; every field is named once per page. */
final class Forms {

	private Forms() {
	}

	/** What a secretary types about an organisation. */
	record OrganisationForm(
			@NotBlank(message = "{organisations.form.name.required}") @Size(max = 200,
					message = "{organisations.form.tooLong}") String name,
			@NotNull(message = "{organisations.form.kind.required}") @Nullable OrganisationKind kind,
			@Nullable Set<OrganisationSector> sectors,
			@Size(max = 200, message = "{organisations.form.tooLong}") String street,
			@Size(max = 20, message = "{organisations.form.tooLong}") String postalCode,
			@Size(max = 100, message = "{organisations.form.tooLong}") String city,
			@NotBlank(message = "{organisations.form.country.required}") @Pattern(regexp = "^$|NL|DK|BE|DE",
					message = "{organisations.form.country.required}") String country,
			@Email(message = "{organisations.form.email.invalid}") @Size(max = 254,
					message = "{organisations.form.email.invalid}") String email,
			@Pattern(regexp = "^$|^\\+?[0-9 ()\\-]{6,30}$",
					message = "{organisations.form.phone.invalid}") String phone,
			@Nullable Long version) {

		OrganisationForm {
			name = name == null ? "" : name;
			sectors = sectors == null ? EnumSet.noneOf(OrganisationSector.class) : sectors;
			street = street == null ? "" : street;
			postalCode = postalCode == null ? "" : postalCode;
			city = city == null ? "" : city;
			country = country == null ? "" : country;
			email = email == null ? "" : email;
			phone = phone == null ? "" : phone;
		}

		static OrganisationForm empty() {
			return new OrganisationForm("", null, EnumSet.noneOf(OrganisationSector.class), "", "", "", "NL", "", "",
					0L);
		}

		static OrganisationForm of(OrganisationDirectory.Organisation o) {
			return new OrganisationForm(o.name(), o.kind(), o.sectors(), nonNull(o.street()), nonNull(o.postalCode()),
					nonNull(o.city()), o.country(), nonNull(o.email()), nonNull(o.phone()), o.version());
		}

		OrganisationDetails details() {
			return new OrganisationDetails(name, kind == null ? OrganisationKind.OTHER : kind,
					sectors == null ? Set.of() : sectors, street, postalCode, city, country, email, phone);
		}

		private static String nonNull(@Nullable String text) {
			return text == null ? "" : text;
		}
	}

	record AliasForm(@NotBlank(message = "{organisations.alias.required}") @Size(max = 200,
			message = "{organisations.form.tooLong}") String alias) {

		AliasForm {
			alias = alias == null ? "" : alias;
		}
	}

	record MemberForm(@NotBlank(message = "{organisations.person.email.required}") @Email(
			message = "{organisations.form.email.invalid}") @Size(max = 254,
					message = "{organisations.form.email.invalid}") String memberEmail) {

		MemberForm {
			memberEmail = memberEmail == null ? "" : memberEmail;
		}
	}

	record ContactForm(
			@NotBlank(message = "{organisations.person.email.required}") @Email(
					message = "{organisations.form.email.invalid}") @Size(max = 254,
							message = "{organisations.form.email.invalid}") String contactEmail,
			@Size(max = 100, message = "{organisations.form.tooLong}") String contactTitle) {

		ContactForm {
			contactEmail = contactEmail == null ? "" : contactEmail;
			contactTitle = contactTitle == null ? "" : contactTitle;
		}
	}

	record MergeForm(@NotBlank(message = "{organisations.merge.duplicate.required}") @Size(max = 200,
			message = "{organisations.form.tooLong}") String duplicate, @Nullable Boolean confirm) {

		MergeForm {
			duplicate = duplicate == null ? "" : duplicate;
		}
	}

}
