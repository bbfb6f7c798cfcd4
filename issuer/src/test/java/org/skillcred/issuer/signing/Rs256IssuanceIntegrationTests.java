package org.skillcred.issuer.signing;

import java.util.List;

import com.nimbusds.jose.JWSObject;
import org.junit.jupiter.api.Test;
import org.skillcred.core.verification.TrustedIssuer;
import org.skillcred.core.verification.VerificationReport;
import org.skillcred.core.verification.Verdict;
import org.skillcred.issuer.conformance.OpenBadgesSchemas;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An issuer configured with an RS256 key (1EdTech's minimum for Open Badges 3.0) issues Open
 * Badges JWTs that follow 1EdTech's JWT rules and verify from the published keys alone.
 */
@IssuerIntegrationTest
@TestPropertySource(properties = { "issuer.signing.keys[0].location=classpath:keys/rs256-test-private.pem",
		"issuer.signing.keys[0].active=true" })
class Rs256IssuanceIntegrationTests extends IssuerApiTests {

	@Test
	void issueWhenRs256KeyAndOb3ProfileThenOpenBadgesJwtThatVerifies() throws Exception {
		JsonNode issued = IssuerApi.json(api.issue(IssuerApi.PARTNER_KEY,
				IssuerApi.issueBody("ai-practitioner-advanced", "Rosa Sanchez")));
		String jwt = issued.path("credential").asString();
		JWSObject jws = JWSObject.parse(jwt);

		assertThat(jws.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
		assertThat(jws.getHeader().getType().getType()).isEqualTo("JWT");
		assertThat(jws.getHeader().getContentType()).as("OB 3.0 allows no further JOSE headers").isNull();
		JsonNode payload = IssuerApi.JSON.readTree(jws.getPayload().toString());
		assertThat(payload.path("iss").asString()).isEqualTo(payload.path("issuer").path("id").asString());
		assertThat(payload.path("jti").asString()).isEqualTo(payload.path("id").asString());
		assertThat(payload.path("sub").asString()).isEqualTo(payload.path("credentialSubject").path("id").asString());
		assertThat(payload.path("nbf").asLong()).isEqualTo(java.time.Instant.parse(payload.path("validFrom").asString())
			.getEpochSecond());
		assertThat(payload.path("exp").asLong()).isEqualTo(java.time.Instant.parse(payload.path("validUntil").asString())
			.getEpochSecond());

		VerificationReport report = api.verifierFromPublishedJwks(clock, IssuerApi.ISSUER_DID, "/.well-known/jwks.json",
				TrustedIssuer.CERTIFICATE_TYPES, List.of("RS256")).verify(jwt);
		assertThat(report.verdict()).as(report.checks().toString()).isEqualTo(Verdict.VALID);
		assertThat(api.verifierFromPublishedJwks(clock).verify(jwt).failureCodes().toString())
			.as("a verifier that allows only ES256 and EdDSA refuses it").contains("ALGORITHM_NOT_ALLOWED");
	}

	@Test
	void issueWhenRs256KeyThenValidAchievementCredentialBy1EdTechSchema() throws Exception {
		OpenBadgesSchemas.require();
		for (String achievement : List.of("ai-practitioner-advanced", "genai-foundations")) { // OB 3.0 JWT and vc+jwt
			String jwt = IssuerApi.json(api.issue(IssuerApi.PARTNER_KEY, IssuerApi.issueBody(achievement, "Rosa Sanchez")))
				.path("credential").asString();
			OpenBadgesSchemas.assertConforms(jwt, "RS256 " + achievement);
		}
	}

}
