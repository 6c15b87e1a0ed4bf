package org.traject.development.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Personal feedback links: 256 random bits, URL-safe; only the SHA-256 of a token is ever
 * stored.
 */
public final class FeedbackTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private FeedbackTokens() {
	}

	public static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String hash(String token) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A token is 43 URL-safe characters; anything else is not worth a database look-up.
	 */
	public static boolean looksValid(String token) {
		return token.length() == 43
				&& token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

}
