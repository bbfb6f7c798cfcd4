package org.skillcred.core.verification;

/**
 * The checks a verification runs, each reported separately.
 */
public enum CheckName {

	/** The token is a well-formed compact JWS of a known profile with an allowed algorithm. */
	FORMAT,

	/** The credential has the fields VC Data Model 2.0 and Open Badges 3.0 require. */
	CONTENT,

	/** The issuer is on the trust list and the JWT claims agree with the credential's issuer. */
	ISSUER,

	/** The signature verifies with one of the issuer's published keys. */
	SIGNATURE,

	/** The current time lies within {@code validFrom}/{@code validUntil} and {@code nbf}/{@code exp}. */
	VALIDITY_PERIOD,

	/** The credential is neither revoked nor suspended. */
	STATUS,

	/**
	 * For a certificate PDF: its digital signature is intact, covers the whole file and was made
	 * with a key of the credential's issuer. Reported for PDF uploads only.
	 */
	PDF_SIGNATURE

}
