package org.skillcred.core;

import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.skillcred.core.credential.Achievement;
import org.skillcred.core.credential.AchievementSubject;
import org.skillcred.core.credential.Alignment;
import org.skillcred.core.credential.Criteria;
import org.skillcred.core.credential.IdentityObject;
import org.skillcred.core.credential.IssuerProfile;
import org.skillcred.core.credential.OpenBadgeCredential;
import org.skillcred.core.jose.AlgorithmPolicy;
import org.skillcred.core.jose.KeyIds;
import org.skillcred.core.verification.TrustedIssuer;

/**
 * Keys, issuers and credentials shared by the core tests.
 */
public final class TestFixtures {

	public static final String ISSUER_DID = "did:web:certs.example.org";

	public static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	private TestFixtures() {
	}

	public static ECKey es256Key(String did) {
		try {
			ECKey key = new ECKeyGenerator(Curve.P_256).generate();
			return new ECKey.Builder(key).keyID(KeyIds.didUrl(did, key)).build();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static OctetKeyPair ed25519Key(String did) {
		try {
			OctetKeyPair key = new OctetKeyPairGenerator(Curve.Ed25519).generate();
			return new OctetKeyPair.Builder(key).keyID(KeyIds.didUrl(did, key)).build();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static RSAKey rsaKey(String did) {
		try {
			RSAKey key = new RSAKeyGenerator(2048).generate();
			return new RSAKey.Builder(key).keyID(KeyIds.didUrl(did, key)).build();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static TrustedIssuer trustedIssuer() {
		return new TrustedIssuer(ISSUER_DID, "Example Academy",
				new AlgorithmPolicy(java.util.Set.of(JWSAlgorithm.ES256, JWSAlgorithm.EdDSA, JWSAlgorithm.RS256)));
	}

	public static OpenBadgeCredential credential(String issuerDid, Instant validFrom, Instant validUntil) {
		Achievement achievement = new Achievement("https://certs.example.org/achievements/genai-101",
				List.of("Achievement"), "Generative AI Foundations",
				"A six-module course on how generative models work and how to use them responsibly.",
				new Criteria(null, "Completed all modules and passed the final assessment."), "Certificate", null,
				List.of(Alignment.of("Understanding AI", "https://example.org/framework/ai-1", "AI Competency Framework",
						"AI-1")),
				"en");
		AchievementSubject subject = new AchievementSubject("urn:uuid:7c6c3b0a-2b7e-4cde-9b9e-3e6f1b1a2c3d",
				List.of("AchievementSubject"), "Amina Yusuf",
				List.of(IdentityObject.hashedEmail("amina@example.org", "s4lt")), achievement);
		return OpenBadgeCredential.builder()
			.issuer(IssuerProfile.of(issuerDid, "Example Academy", "https://certs.example.org"))
			.validFrom(validFrom)
			.validUntil(validUntil)
			.subject(subject)
			.build();
	}

	public static OpenBadgeCredential credential() {
		return credential(ISSUER_DID, NOW.minusSeconds(3600), NOW.plusSeconds(365L * 24 * 3600));
	}

	public static List<JWK> publicKeys(JWK... keys) {
		return java.util.Arrays.stream(keys).map(JWK::toPublicJWK).toList();
	}

}
