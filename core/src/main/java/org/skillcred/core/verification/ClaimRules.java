package org.skillcred.core.verification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.jose.CredentialClaims;
import org.skillcred.core.jose.JwtProfile;
import org.skillcred.core.jose.KeyIds;
import tools.jackson.databind.JsonNode;

/**
 * Consistency between JWT claims/headers and the credential they carry: {@code iss} must be the
 * issuer, a DID URL {@code kid} must belong to the issuer, and the OB 3.0 profile's {@code jti},
 * {@code sub} and {@code nbf} must match {@code id}, {@code credentialSubject.id} and
 * {@code validFrom}. A mismatch means someone re-wrapped another issuer's content.
 *
 * @see <a href="https://www.w3.org/TR/vc-jose-cose/#using-header-params-claims-key-discovery">VC-JOSE-COSE key discovery</a>
 */
final class ClaimRules {

	private ClaimRules() {
	}

	/**
	 * Finds the first inconsistency.
	 * @param decoded the decoded credential
	 * @return a message describing the mismatch, or null when consistent
	 */
	static @Nullable String mismatch(DecodedCredential decoded) {
		JsonNode claims = decoded.claims();
		String issuer = decoded.issuerId();
		JsonNode iss = claims.get(CredentialClaims.ISS);
		if (iss != null && !issuer.equals(iss.asString(""))) {
			return "The token's iss claim does not match the credential's issuer.";
		}
		String kid = decoded.keyId();
		String kidDid = (kid != null) ? KeyIds.didOf(kid) : null;
		if (kid != null && kid.startsWith("did:") && !issuer.equals(kidDid)) {
			return "The signing key does not belong to the credential's issuer.";
		}
		if (decoded.profile() == JwtProfile.OB3_JWT) {
			return ob3Mismatch(decoded, claims);
		}
		return null;
	}

	private static @Nullable String ob3Mismatch(DecodedCredential decoded, JsonNode claims) {
		if (!claims.has(CredentialClaims.ISS)) {
			return "An Open Badges JWT must carry an iss claim.";
		}
		JsonNode jti = claims.get(CredentialClaims.JTI);
		String id = decoded.text("id");
		if (jti != null && id != null && !id.equals(jti.asString(""))) {
			return "The token's jti claim does not match the credential id.";
		}
		JsonNode sub = claims.get(CredentialClaims.SUB);
		String subjectId = decoded.credential().path("credentialSubject").path("id").asString(null);
		if (sub != null && subjectId != null && !subjectId.equals(sub.asString(""))) {
			return "The token's sub claim does not match the credential subject.";
		}
		Instant nbf;
		Instant validFrom;
		try {
			nbf = Times.numericDate(claims.get(CredentialClaims.NBF));
			validFrom = Times.dateField(decoded.credential().get("validFrom"));
		}
		catch (IllegalArgumentException ex) {
			return null; // reported by the content check
		}
		if (nbf != null && validFrom != null && nbf.getEpochSecond() != validFrom.getEpochSecond()) {
			return "The token's nbf claim does not match validFrom.";
		}
		return null;
	}

}
