package org.skillcred.issuer.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 fingerprints of high-entropy values (API keys, request bodies). Not for passwords.
 */
public final class Digests {

	private Digests() {
	}

	/**
	 * Hex SHA-256 of the UTF-8 bytes of a value.
	 * @param value the value
	 * @return 64 lower-case hex digits
	 */
	public static String sha256Hex(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
