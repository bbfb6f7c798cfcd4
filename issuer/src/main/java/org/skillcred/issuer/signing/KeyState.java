package org.skillcred.issuer.signing;

/**
 * Life-cycle state of a signing key.
 */
public enum KeyState {

	/** Signs new credentials. Exactly one key per issuer is active. */
	ACTIVE,

	/** No longer signs, but stays published so the credentials it signed keep verifying. */
	RETIRED,

	/**
	 * Leaked or suspected leaked: never signs again, and is published marked revoked, so every
	 * credential it signed fails verification until re-issued with a current key.
	 */
	COMPROMISED

}
