package org.skillcred.issuer.credential;

/**
 * Life-cycle state of an issued credential.
 */
public enum CredentialState {

	/** Issued and in force. */
	ISSUED,

	/** Paused by the issuer; may be reinstated. */
	SUSPENDED,

	/** Withdrawn for good. */
	REVOKED

}
