package org.skillcred.issuer.certificate;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What goes on one certificate.
 *
 * @param credentialId the credential id ({@code urn:uuid:…})
 * @param learnerName the learner's name
 * @param achievementName the achievement
 * @param achievementDescription its description
 * @param competencies competencies it is aligned with, possibly empty
 * @param issuerId the issuer identifier, whose key signs the PDF
 * @param issuerName the issuing organisation
 * @param issuedOn issue date
 * @param validUntil end of validity, or null
 * @param verifyUrl the short verification URL the QR code carries
 * @param credentialJwt the signed credential, attached to the PDF
 * @param language the certificate language
 * @param status {@code null} when in force, else {@code revoked} or {@code suspended}
 */
public record CertificateData(String credentialId, String learnerName, String achievementName,
		String achievementDescription, List<String> competencies, String issuerId, String issuerName, Instant issuedOn,
		@Nullable Instant validUntil, String verifyUrl, String credentialJwt, String language,
		@Nullable String status, @Nullable Branding branding) {

	/**
	 * A partner's branding, as the certificate shows it.
	 *
	 * @param logo PNG or JPEG, or null
	 * @param seal PNG or JPEG, or null
	 * @param signatories who signs, in order
	 */
	public record Branding(byte @Nullable [] logo, byte @Nullable [] seal, List<Signatory> signatories) {
	}

	/**
	 * @param name the person's name
	 * @param title their title
	 * @param signature the signature image, or null
	 */
	public record Signatory(String name, String title, byte @Nullable [] signature) {
	}
}
