package org.skillcred.core.verification;

/**
 * The overall answer about a credential.
 */
public enum Verdict {

	/** Every check that applies passed. */
	VALID,

	/** At least one check failed: forged, tampered, expired, revoked, untrusted or malformed. */
	INVALID,

	/**
	 * Nothing failed, but something needed could not be checked (keys or status list unreachable).
	 * Never shown as valid: verification fails closed.
	 */
	INDETERMINATE

}
