package org.traject.competencies.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.traject.competencies.internal.ProfileDetails;
import org.traject.competencies.internal.ProfileText;

/**
 * The profile-level fields: default language, and name, role and description in each
 * language. Flat fields (one per language) keep binding and error display simple; the
 * default language's name and role are required.
 */
record ProfileForm(
		@NotBlank(message = "{competencies.field.required}") @Pattern(regexp = "nl|da|en") String defaultLanguage,
		@Size(max = 200, message = "{competencies.field.tooLong}") @Nullable String nameNl,
		@Size(max = 200, message = "{competencies.field.tooLong}") @Nullable String roleNl,
		@Size(max = 4000, message = "{competencies.field.tooLong}") @Nullable String descriptionNl,
		@Size(max = 200, message = "{competencies.field.tooLong}") @Nullable String nameDa,
		@Size(max = 200, message = "{competencies.field.tooLong}") @Nullable String roleDa,
		@Size(max = 4000, message = "{competencies.field.tooLong}") @Nullable String descriptionDa,
		@Size(max = 200, message = "{competencies.field.tooLong}") @Nullable String nameEn,
		@Size(max = 200, message = "{competencies.field.tooLong}") @Nullable String roleEn,
		@Size(max = 4000, message = "{competencies.field.tooLong}") @Nullable String descriptionEn,
		@Nullable Long version) {

	static ProfileForm empty(String language) {
		return new ProfileForm(language, null, null, null, null, null, null, null, null, null, null);
	}

	static ProfileForm of(String defaultLanguage, Map<String, ProfileText> texts, long version) {
		ProfileText nl = texts.get("nl");
		ProfileText da = texts.get("da");
		ProfileText en = texts.get("en");
		return new ProfileForm(defaultLanguage, nl == null ? null : nl.name(), nl == null ? null : nl.roleTitle(),
				nl == null ? null : nl.description(), da == null ? null : da.name(), da == null ? null : da.roleTitle(),
				da == null ? null : da.description(), en == null ? null : en.name(), en == null ? null : en.roleTitle(),
				en == null ? null : en.description(), version);
	}

	/**
	 * The texts given, checked: a language is either left empty or has a name and a role,
	 * and the default language is not left empty. Problems are added to {@code errors}
	 * beside the field concerned.
	 */
	ProfileDetails details(BindingResult errors) {
		var texts = new LinkedHashMap<String, ProfileText>();
		text("Nl", "nl", nameNl, roleNl, descriptionNl, texts, errors);
		text("Da", "da", nameDa, roleDa, descriptionDa, texts, errors);
		text("En", "en", nameEn, roleEn, descriptionEn, texts, errors);
		return new ProfileDetails(defaultLanguage, texts);
	}

	private void text(String suffix, String language, @Nullable String name, @Nullable String role,
			@Nullable String description, Map<String, ProfileText> texts, BindingResult errors) {
		boolean any = !blank(name) || !blank(role) || !blank(description);
		boolean required = language.equals(defaultLanguage) || any;
		if (required && blank(name) && !errors.hasFieldErrors("name" + suffix)) {
			errors.rejectValue("name" + suffix, "competencies.profile.name.required");
		}
		if (required && blank(role) && !errors.hasFieldErrors("role" + suffix)) {
			errors.rejectValue("role" + suffix, "competencies.profile.role.required");
		}
		if (!blank(name) && !blank(role)) {
			texts.put(language, new ProfileText(name, role, blank(description) ? null : description));
		}
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}
}
