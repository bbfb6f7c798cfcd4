package org.skillcred.core.verification;

/**
 * Stable reason codes. Clients may rely on these names; they are never renamed.
 */
public enum ReasonCode {

	/** The check passed. */
	OK,

	/** Not a compact JWS, not JSON, or a required structure is missing. */
	MALFORMED,

	/** The token or one of its parts is larger than the configured limit. */
	TOO_LARGE,

	/** {@code alg: none}: the token is not signed. */
	UNSIGNED,

	/** The {@code alg} is not on the allow-list (for example HS256 or RS512). */
	ALGORITHM_NOT_ALLOWED,

	/** The {@code typ} header does not match a supported profile. */
	WRONG_TYPE,

	/** A {@code crit} header names an extension this verifier does not understand. */
	UNSUPPORTED_CRITICAL_HEADER,

	/** A field required by VC Data Model 2.0 or Open Badges 3.0 is missing. */
	MISSING_FIELD,

	/** A field has a value of the wrong form. */
	INVALID_FIELD,

	/** The issuer is not on this verifier's trust list. */
	UNTRUSTED_ISSUER,

	/**
	 * The credential's type is not one the issuer is trusted for: for example a status list, or
	 * another document the issuer signs, presented as a certificate.
	 */
	TYPE_NOT_ACCEPTED,

	/** {@code iss}, {@code kid}, {@code jti}, {@code sub} or {@code nbf} disagree with the credential. */
	CLAIM_MISMATCH,

	/** The issuer publishes no key with this {@code kid} (or none fits the algorithm). */
	UNKNOWN_KEY,

	/** The issuer's key was reported compromised before this credential was signed with it. */
	KEY_COMPROMISED,

	/** The signature does not verify: tampered content or a key the issuer never published. */
	BAD_SIGNATURE,

	/** The issuer's keys could not be fetched and no fresh-enough copy was cached. */
	KEYS_UNAVAILABLE,

	/** The validity period has ended. */
	EXPIRED,

	/** The validity period has not started. */
	NOT_YET_VALID,

	/** The issuer has revoked the credential. */
	REVOKED,

	/** The issuer has suspended the credential. */
	SUSPENDED,

	/** The status list could not be fetched or verified, and no fresh-enough copy was cached. */
	STATUS_UNAVAILABLE,

	/** The credential has a status entry, but this verifier was not set up to check it. */
	STATUS_NOT_CHECKED,

	/** The status entry is unusable: unknown type, index out of range, wrong purpose. */
	STATUS_INVALID,

	/** The credential named by a verification link could not be fetched from its issuer. */
	CREDENTIAL_UNAVAILABLE,

	/** The issuer does not know the credential named by a verification link. */
	CREDENTIAL_NOT_FOUND,

	/** The PDF was changed after it was signed, or its signature does not cover the whole file. */
	PDF_ALTERED,

	/** The PDF is signed with a key that is not one of the credential issuer's keys. */
	PDF_SIGNER_MISMATCH,

	/**
	 * An uploaded certificate PDF carries no digital signature: the document may have been made by
	 * anyone, whatever credential it carries.
	 */
	PDF_UNSIGNED,

	/** An earlier check failed, so this one was not run. */
	SKIPPED

}
