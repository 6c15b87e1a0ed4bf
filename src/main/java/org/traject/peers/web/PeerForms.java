package org.traject.peers.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.web.IncomingText;
import org.traject.peers.PeerSector;
import org.traject.peers.internal.PeerSupporters;

/**
 * The forms of peer support. Every field is text, so that whatever is typed comes back on
 * the page beside its message.
 */
final class PeerForms {

	static final int MAX_THEMES = 8;

	private PeerForms() {
	}

	/** A question to a supporter. */
	record AskForm(
			@NotBlank(message = "{peers.form.required}") @Size(max = 150,
					message = "{peers.form.tooLong}") @Nullable String subject,
			@NotBlank(message = "{peers.form.required}") @Size(max = 4000,
					message = "{peers.form.tooLong}") @Nullable String question) {

		static AskForm empty() {
			return new AskForm("", "");
		}

	}

	/** A supporter's answer. */
	record AnswerForm(@NotBlank(message = "{peers.form.required}") @Size(max = 4000,
			message = "{peers.form.tooLong}") @Nullable String answer) {
	}

	/** An administrator lists a person as a supporter by their account's address. */
	record ListForm(@NotBlank(message = "{peers.form.required}") @Email(message = "{peers.form.email}") @Size(max = 254,
			message = "{peers.form.tooLong}") @Nullable String email) {
	}

	/** What a supporter keeps on their profile. */
	record ProfileForm(@Nullable String sector,
			@Pattern(regexp = "\\d{1,2}", message = "{peers.profile.years.invalid}") @Nullable String yearsExperience,
			@Size(max = 400, message = "{peers.form.tooLong}") @Nullable String themes,
			@Size(max = 1000, message = "{peers.form.tooLong}") @Nullable String about, @Nullable String paused,
			@Nullable String version) {

		ProfileForm {
			// a missing number is an empty one: refused by the pattern, never parsed
			yearsExperience = yearsExperience == null ? "" : yearsExperience;
			themes = themes == null ? "" : themes;
			about = about == null ? "" : about;
			paused = "true".equals(paused) ? "true" : "";
		}

		static ProfileForm of(PeerSupporters.Supporter s) {
			return new ProfileForm(s.sector().name(), Integer.toString(s.yearsExperience()),
					String.join(", ", s.themes()), s.about(), s.paused() ? "true" : "", Long.toString(s.version()));
		}

		public boolean pausing() {
			return "true".equals(paused);
		}

		Optional<PeerSector> sectorValue() {
			return PeerForms.sector(sector);
		}

		Optional<Long> versionValue() {
			try {
				return Optional.of(Long.parseLong(String.valueOf(version).strip()));
			}
			catch (NumberFormatException notANumber) {
				return Optional.empty();
			}
		}

		/** The themes, split on commas, without blanks or repeats. */
		List<String> themeList() {
			return IncomingText.commaList(themes);
		}

	}

	/** The sector named, or empty when it names none. */
	static Optional<PeerSector> sector(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		return Arrays.stream(PeerSector.values()).filter(s -> s.name().equals(text.strip())).findFirst();
	}

}
