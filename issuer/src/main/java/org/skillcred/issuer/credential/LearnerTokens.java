package org.skillcred.issuer.credential;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Tokens of private learner links: 256 random bits, URL-safe.
 */
final class LearnerTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private LearnerTokens() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static boolean wellFormed(String token) {
		return token.length() == 43 && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

}
