package org.skillcred.issuer.partner;

import java.security.SecureRandom;
import java.util.Base64;

import org.skillcred.issuer.system.Digests;

/**
 * Creates and hashes API keys.
 * <p>
 * Keys are 256 random bits, so a plain SHA-256 is enough to store them (no salt or slow hash is
 * needed against guessing, unlike passwords), and it lets a key be found with one indexed lookup.
 */
final class ApiKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String PREFIX = "sc_";

	private ApiKeys() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String key) {
		return Digests.sha256Hex(key);
	}

	static String prefixOf(String key) {
		return key.substring(0, Math.min(8, key.length()));
	}

}
