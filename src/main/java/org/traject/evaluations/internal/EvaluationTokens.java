package org.traject.evaluations.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Personal evaluation links: 256 random bits, URL-safe; only the SHA-256 of a token is
 * stored, so a copy of the database opens no evaluation.
 */
final class EvaluationTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private EvaluationTokens() {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** 43 URL-safe characters; anything else is not worth a database look-up. */
	static boolean looksValid(String token) {
		return token.length() == 43
				&& token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

}
