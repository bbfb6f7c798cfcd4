package org.skillcred.core.jose;

/**
 * JWT claim names used when mapping a credential to and from a JWT payload.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7519#section-4.1">RFC 7519 §4.1 Registered Claim Names</a>
 */
public final class CredentialClaims {

	/** Issuer; must equal the credential's issuer id. */
	public static final String ISS = "iss";

	/** JWT id; must equal the credential id. */
	public static final String JTI = "jti";

	/** Subject; must equal {@code credentialSubject.id}. */
	public static final String SUB = "sub";

	/** Not before, seconds; OB 3.0 requires it to equal {@code validFrom}. */
	public static final String NBF = "nbf";

	/** Expiry, seconds; OB 3.0 requires it to equal {@code validUntil} when set. */
	public static final String EXP = "exp";

	/** Issued at, seconds. */
	public static final String IAT = "iat";

	/** The VCDM 1.1 credential claim; forbidden in {@code vc+jwt}. */
	public static final String VC = "vc";

	/** The VCDM 1.1 presentation claim; forbidden in {@code vc+jwt}. */
	public static final String VP = "vp";

	private CredentialClaims() {
	}

}
