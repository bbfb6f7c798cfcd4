package org.skillcred.issuer.credential;

import org.junit.jupiter.api.Test;
import org.skillcred.core.jose.JwtProfile;
import org.skillcred.core.verification.VerificationReport;
import org.skillcred.core.verification.Verdict;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * W3C VC-API {@code POST /credentials/issue}.
 */
@IssuerIntegrationTest
class VcApiIntegrationTests extends IssuerApiTests {

	private static final String CREDENTIAL = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
			+ "\"type\":[\"VerifiableCredential\"],\"issuer\":\"" + IssuerApi.ISSUER_DID + "\","
			+ "\"validFrom\":\"2026-01-01T00:00:00Z\",\"credentialSubject\":{\"id\":\"did:example:learner\",\"name\":\"Sam\"}}";

	private MvcResult issue(String body) throws Exception {
		return api.perform(post("/credentials/issue").header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void issueWhenValidCredentialThenEnvelopedVcJwtThatVerifies() throws Exception {
		MvcResult result = issue("{\"credential\":" + CREDENTIAL + ",\"options\":{}}");

		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		JsonNode vc = IssuerApi.json(result).path("verifiableCredential");
		assertThat(vc.path("type").asString()).isEqualTo("EnvelopedVerifiableCredential");
		assertThat(vc.path("@context").get(0).asString()).isEqualTo("https://www.w3.org/ns/credentials/v2");
		String id = vc.path("id").asString();
		assertThat(id).startsWith("data:application/vc+jwt,");
		VerificationReport report = api.verifierFromPublishedJwks(clock)
			.verify(id.substring("data:application/vc+jwt,".length()));
		assertThat(report.verdict()).isEqualTo(Verdict.VALID);
		assertThat(report.profile()).isEqualTo(JwtProfile.VC_JWT);
		assertThat(report.credential().id()).startsWith("urn:uuid:");
	}

	@Test
	void issueWhenCredentialBreaksDataModelThen4xx() throws Exception {
		String[] bad = { "{}", "{\"credential\":\"a string\"}",
				"{\"credential\":" + CREDENTIAL.replace("\"https://www.w3.org/ns/credentials/v2\"",
						"\"https://www.w3.org/2018/credentials/v1\"") + "}",
				"{\"credential\":" + CREDENTIAL.replace("[\"VerifiableCredential\"]", "[\"Thing\"]") + "}",
				"{\"credential\":" + CREDENTIAL.replace(IssuerApi.ISSUER_DID, "did:web:someone-else.example") + "}",
				"{\"credential\":" + CREDENTIAL.replace("\"credentialSubject\":{\"id\":\"did:example:learner\",\"name\":\"Sam\"}",
						"\"credentialSubject\":[]") + "}",
				"{\"credential\":" + CREDENTIAL.replace("2026-01-01T00:00:00Z", "yesterday") + "}",
				"{\"credential\":" + CREDENTIAL.replace("}}", "},\"proof\":{\"type\":\"DataIntegrityProof\"}}") + "}",
				"{\"credential\":" + CREDENTIAL.replace("\"Sam\"", "\"Sam\",\"deep\":" + "[".repeat(100) + "]".repeat(100)) + "}",
				"{\"credential\":" + CREDENTIAL.replace("[\"VerifiableCredential\"]",
						"[\"VerifiableCredential\",\"OpenBadgeCredential\"]") + "}",
				"{\"credential\":" + CREDENTIAL.replace("{\"@context\"", "{\"id\":\"not a url\",\"@context\"") + "}",
				"{\"credential\":" + CREDENTIAL.replace("\"https://www.w3.org/ns/credentials/v2\"]",
						"\"https://www.w3.org/ns/credentials/v2\",42]") + "}",
				"{\"credential\":" + CREDENTIAL.replace("\"validFrom\":\"2026-01-01T00:00:00Z\"",
						"\"validFrom\":\"2026-01-01T00:00:00Z\",\"validUntil\":\"2025-01-01T00:00:00Z\"") + "}" };
		int before = credentialCount();
		for (String body : bad) {
			MvcResult result = issue(body);
			assertThat(result.getResponse().getStatus()).as(body).isBetween(400, 422);
			assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		}
		assertThat(credentialCount()).isEqualTo(before);
	}

	@Test
	void issueWithoutApiKeyThen401() throws Exception {
		MvcResult result = api.perform(post("/credentials/issue").contentType(MediaType.APPLICATION_JSON)
			.content("{\"credential\":" + CREDENTIAL + "}"));
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
	}

}
