package org.skillcred.issuer.signing;

/**
 * Life-cycle state of a signing key.
 */
public enum KeyState {

	/** Signs new credentials. Exactly one key per issuer is active. */
	ACTIVE,

	/** No longer signs, but stays published so the credentials it signed keep verifying. */
	RETIRED

}
