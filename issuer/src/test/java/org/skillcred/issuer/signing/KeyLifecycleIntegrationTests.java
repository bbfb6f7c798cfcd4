package org.skillcred.issuer.signing;

import com.nimbusds.jose.JWSObject;
import org.junit.jupiter.api.Test;
import org.skillcred.core.verification.ReasonCode;
import org.skillcred.core.verification.Verdict;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillcred.issuer.support.IssuerApi.ADMIN_KEY;
import static org.skillcred.issuer.support.IssuerApi.PARTNER_KEY;
import static org.skillcred.issuer.support.IssuerApi.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Key rotation and compromise, partner issuers and renewal, seen from outside: through the admin
 * API, the published key documents and a verifier that knows only those.
 */
@IssuerIntegrationTest
class KeyLifecycleIntegrationTests extends IssuerApiTests {


	private String issue(String key, String achievement) throws Exception {
		MvcResult result = api.issue(key, IssuerApi.issueBody(achievement, "Key Learner"));
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return json(result).path("credential").asString();
	}

	private static String kidOf(String jwt) throws Exception {
		return JWSObject.parse(jwt).getHeader().getKeyID();
	}

	@Test
	void rotateThenCompromiseThenReissue() throws Exception {
		String before = issue(PARTNER_KEY, "genai-foundations");
		String oldKid = kidOf(before);

		MvcResult rotated = api.admin("/api/v1/admin/keys/rotate", "{}");
		assertThat(rotated.getResponse().getStatus()).isEqualTo(200);
		String newKid = json(rotated).path("activeKid").asString();
		assertThat(newKid).isNotEqualTo(oldKid).startsWith(IssuerApi.ISSUER_DID + "#");
		String after = issue(PARTNER_KEY, "genai-foundations");
		assertThat(kidOf(after)).isEqualTo(newKid);
		assertThat(api.verifierFromPublishedJwks(clock).verify(before).verdict()).as("old credential after rotation")
			.isEqualTo(Verdict.VALID);
		assertThat(api.verifierFromPublishedJwks(clock).verify(after).verdict()).isEqualTo(Verdict.VALID);

		assertThat(api.admin("/api/v1/admin/keys/compromise", "{\"kid\":\"" + oldKid + "\",\"reason\":\"Leaked backup\"}")
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(api.verifierFromPublishedJwks(clock).verify(before).failureCodes())
			.containsExactly(ReasonCode.KEY_COMPROMISED);
		assertThat(api.verifierFromPublishedJwks(clock).verify(after).verdict()).isEqualTo(Verdict.VALID);
		String didDoc = api.perform(get("/.well-known/did.json")).getResponse().getContentAsString();
		assertThat(json(api.perform(get("/.well-known/did.json"))).path("assertionMethod").toString()).doesNotContain(oldKid);
		assertThat(didDoc).contains("\"revoked\"");

		MvcResult reissued = api.admin("/api/v1/admin/credentials/reissue", "{\"kid\":\"" + oldKid + "\"}");
		assertThat(json(reissued).path("reissued").asInt()).isGreaterThanOrEqualTo(1);
		String id = JWSObject.parse(before).getPayload().toJSONObject().get("id").toString().substring("urn:uuid:".length());
		String resigned = api.perform(get("/credentials/" + id)).getResponse().getContentAsString();
		assertThat(kidOf(resigned)).isEqualTo(newKid);
		assertThat(JWSObject.parse(resigned).getPayload().toString()).isEqualTo(JWSObject.parse(before).getPayload().toString());
		assertThat(api.verifierFromPublishedJwks(clock).verify(resigned).verdict()).isEqualTo(Verdict.VALID);
	}

	@Test
	void compromisingTheActiveKeyThenANewKeyTakesOver() throws Exception {
		String activeKid = kidOf(issue(PARTNER_KEY, "genai-foundations"));
		MvcResult result = api.admin("/api/v1/admin/keys/compromise", "{\"kid\":\"" + activeKid + "\",\"reason\":\"HSM breach\"}");
		String replacement = json(result).path("activeKid").asString();
		assertThat(replacement).isNotEqualTo(activeKid);
		String fresh = issue(PARTNER_KEY, "genai-foundations");
		assertThat(kidOf(fresh)).isEqualTo(replacement);
		assertThat(api.verifierFromPublishedJwks(clock).verify(fresh).verdict()).isEqualTo(Verdict.VALID);
		assertThat(api.admin("/api/v1/admin/keys/compromise", "{\"kid\":\"did:web:nowhere#x\",\"reason\":\"r\"}")
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void generatedPrivateKeysAreStoredEncryptedAndNeverShown() throws Exception {
		api.admin("/api/v1/admin/keys/rotate", "{}");
		String listing = api.perform(get("/api/v1/admin/keys").header("Authorization", "Bearer " + ADMIN_KEY))
			.getResponse()
			.getContentAsString();
		assertThat(listing).contains("ACTIVE").doesNotContain("\"d\"").doesNotContain("kek1:");
		for (String ref : jdbc.queryForList("select private_key_ref from signing_key", String.class)) {
			assertThat(ref).matches("(config:|kek1:).*").doesNotContain("\"d\"");
		}
	}

	@Test
	void partnerWithOwnIssuerThenOwnDidKeysAndIndependentTrust() throws Exception {
		MvcResult created = api.admin("/api/v1/admin/partners",
				"{\"name\":\"Open University\",\"slug\":\"open-university\",\"ownIssuer\":true}");
		JsonNode partner = json(created);
		String did = partner.path("issuerId").asString();
		assertThat(did).isEqualTo("did:web:localhost%3A8080:partners:open-university");
		String key = partner.path("apiKey").asString();
		api.admin("/api/v1/admin/partners/" + partner.path("id").asString() + "/achievements",
				"{\"slug\":\"ai-literacy\",\"name\":\"AI Literacy\",\"description\":\"Basics.\",\"criteriaNarrative\":\"Pass.\"}");

		JsonNode doc = json(api.perform(get("/partners/open-university/did.json")));
		assertThat(doc.path("id").asString()).isEqualTo(did);
		String jwt = issue(key, "ai-literacy");
		JsonNode payload = IssuerApi.JSON.readTree(JWSObject.parse(jwt).getPayload().toString());
		assertThat(payload.path("issuer").path("id").asString()).isEqualTo(did);
		assertThat(payload.path("issuer").path("name").asString()).isEqualTo("Open University");
		assertThat(kidOf(jwt)).startsWith(did + "#");
		assertThat(api.verifierFromPublishedJwks(clock, did, "/partners/open-university/jwks.json").verify(jwt).verdict())
			.isEqualTo(Verdict.VALID);
		assertThat(api.verifierFromPublishedJwks(clock).verify(jwt).failureCodes())
			.as("trusting only the platform does not trust the partner")
			.containsExactly(ReasonCode.UNTRUSTED_ISSUER);

		// a compromise of the platform key leaves the partner's credentials alone
		String platformKid = kidOf(issue(PARTNER_KEY, "genai-foundations"));
		api.admin("/api/v1/admin/keys/compromise", "{\"kid\":\"" + platformKid + "\",\"reason\":\"test\"}");
		assertThat(api.verifierFromPublishedJwks(clock, did, "/partners/open-university/jwks.json").verify(jwt).verdict())
			.isEqualTo(Verdict.VALID);
		assertThat(api.perform(get("/partners/no-such-partner/did.json")).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void renewThenLinkedSuccessorAndPreviousRevoked() throws Exception {
		MvcResult first = api.issue(PARTNER_KEY, IssuerApi.issueBody("ai-practitioner-advanced", "Renewing Learner"));
		String previousId = json(first).path("id").asString();
		String previousJwt = json(first).path("credential").asString();

		MvcResult renewed = api.perform(post("/api/v1/credentials/" + previousId + "/renew")
			.header("Authorization", "Bearer " + PARTNER_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"revokePrevious\":true}"));
		assertThat(renewed.getResponse().getStatus()).isEqualTo(201);
		String newId = json(renewed).path("id").asString();
		JsonNode shown = json(api.perform(get("/api/v1/credentials/" + newId).header("Authorization", "Bearer " + PARTNER_KEY)));
		assertThat(shown.path("previousCredentialId").asString()).isEqualTo(previousId);
		assertThat(shown.path("recipient").path("name").asString()).isEqualTo("Renewing Learner");
		assertThat(api.verifierFromPublishedJwks(clock).verify(json(renewed).path("credential").asString()).verdict())
			.isEqualTo(Verdict.VALID);
		assertThat(api.verifierFromPublishedJwks(clock).verify(previousJwt).failureCodes())
			.containsExactly(ReasonCode.REVOKED);
		assertThat(api.perform(post("/api/v1/credentials/" + previousId + "/renew").header("Authorization",
				"Bearer " + PARTNER_KEY)).getResponse().getStatus()).as("a revoked credential cannot be renewed")
			.isEqualTo(409);
	}

}
