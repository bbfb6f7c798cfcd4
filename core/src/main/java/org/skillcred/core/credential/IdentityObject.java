package org.skillcred.core.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An Open Badges 3.0 {@code IdentityObject}: identifies a learner by a salted hash of an
 * identifier (here, the e-mail address) so the credential does not disclose it.
 * <p>
 * The hash is {@code "sha256$" + hex(SHA-256(identifier + salt))}; a holder proves the match by
 * revealing the address, and the salt stops dictionary look-ups across credentials.
 *
 * @param type always {@code IdentityObject}
 * @param identityHash the salted hash, or the plain value when {@code hashed} is false
 * @param identityType what was hashed, {@code emailAddress} here
 * @param hashed whether {@code identityHash} is hashed
 * @param salt the salt appended before hashing
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#identityobject">OB 3.0 IdentityObject</a>
 */
public record IdentityObject(String type, String identityHash, String identityType, boolean hashed, String salt) {

	/**
	 * Builds the hashed e-mail identity of a learner. The address is lower-cased and trimmed first,
	 * so the same learner always hashes the same way for a given salt.
	 * @param email the learner's e-mail address
	 * @param salt a random salt, unique per credential
	 * @return the identity object
	 */
	public static IdentityObject hashedEmail(String email, String salt) {
		String normalised = email.trim().toLowerCase(Locale.ROOT);
		return new IdentityObject("IdentityObject", sha256Hash(normalised, salt), "emailAddress", true, salt);
	}

	/**
	 * Computes an Open Badges identity hash.
	 * @param identifier the identifier
	 * @param salt the salt
	 * @return {@code sha256$<hex>}
	 */
	public static String sha256Hash(String identifier, String salt) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((identifier + salt).getBytes(StandardCharsets.UTF_8));
			return "sha256$" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	/**
	 * Whether this identity matches an e-mail address.
	 * @param email the address to test
	 * @return true when the address hashes to this identity
	 */
	public boolean matchesEmail(String email) {
		return hashed && MessageDigest.isEqual(
				sha256Hash(email.trim().toLowerCase(Locale.ROOT), salt).getBytes(StandardCharsets.UTF_8),
				identityHash.getBytes(StandardCharsets.UTF_8));
	}

}
