package org.traject.delivery.internal;

import java.security.SecureRandom;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Certificate numbers such as {@code TRJ-2027-7K4Q-9XPM}: the year and eight random
 * characters from an alphabet without the look-alikes I, L, O and U, so a number read
 * aloud or typed from paper comes out right. Forty random bits make a number impossible
 * to guess from another one; the database's unique constraint is the final word.
 */
public final class CertificateNumbers {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final Pattern FORMAT = Pattern.compile("TRJ-\\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

	private static final int ATTEMPTS = 20;

	private final RandomGenerator random;

	public CertificateNumbers() {
		this(new SecureRandom());
	}

	CertificateNumbers(RandomGenerator random) {
		this.random = random;
	}

	/** A number for the given year that {@code taken} does not know yet. */
	public String next(int year, Predicate<String> taken) {
		for (int i = 0; i < ATTEMPTS; i++) {
			String candidate = "TRJ-" + year + "-" + block() + "-" + block();
			if (!taken.test(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No free certificate number after " + ATTEMPTS + " attempts");
	}

	/**
	 * The number as people type it (lower case, spaces, O for 0), or null when it cannot
	 * be one.
	 */
	public static @Nullable String normalise(String typed) {
		String number = typed.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '-');
		number = number.length() > 9
				? number.substring(0, 9) + number.substring(9).replace('O', '0').replace('I', '1').replace('L', '1')
				: number;
		return FORMAT.matcher(number).matches() ? number : null;
	}

	private String block() {
		var text = new StringBuilder(4);
		for (int i = 0; i < 4; i++) {
			text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

}
