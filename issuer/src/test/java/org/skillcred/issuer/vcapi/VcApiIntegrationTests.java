package org.skillcred.issuer.vcapi;

import java.util.UUID;

import com.nimbusds.jose.JWSObject;
import org.junit.jupiter.api.Test;
import org.skillcred.core.jose.JwtProfile;
import org.skillcred.core.verification.TrustedIssuer;
import org.skillcred.core.verification.VerificationReport;
import org.skillcred.core.verification.Verdict;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * W3C VC-API {@code POST /credentials/issue}: what a partner may have signed through it. Every
 * forgery from the trust review is a case here: another partner's credential, a backdated
 * credential, another credential's status entry.
 */
@IssuerIntegrationTest
class VcApiIntegrationTests extends IssuerApiTests {

	private static final String OB_CONTEXT = "[\"https://www.w3.org/ns/credentials/v2\","
			+ "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"]";

	/** A request for one of the demo partner's achievements, in the platform's name. */
	private static String forAchievement(String achievementId, String name) {
		return "{\"credential\":{\"@context\":" + OB_CONTEXT + ",\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],"
				+ "\"issuer\":\"" + IssuerApi.ISSUER_DID + "\",\"credentialSubject\":{\"type\":[\"AchievementSubject\"],"
				+ "\"name\":\"" + name + "\",\"achievement\":{\"id\":\"" + achievementId + "\"}}}}";
	}

	private static String general(String issuer, String extra) {
		return "{\"credential\":{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
				+ "\"type\":[\"VerifiableCredential\"],\"issuer\":\"" + issuer + "\"" + extra
				+ ",\"credentialSubject\":{\"id\":\"did:example:learner\",\"name\":\"Sam\"}}}";
	}

	private MvcResult issue(String apiKey, String body) throws Exception {
		return api.perform(post("/credentials/issue").header("Authorization", "Bearer " + apiKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private String achievementUrl(String slug) throws Exception {
		for (JsonNode a : IssuerApi.json(api.perform(get("/api/v1/achievements").header("Authorization",
				"Bearer " + IssuerApi.PARTNER_KEY)))) {
			if (a.path("slug").asString().equals(slug)) {
				return "http://localhost:8080/achievements/" + a.path("id").asString();
			}
		}
		throw new AssertionError("no achievement " + slug);
	}

	private static String jwtOf(MvcResult result) throws Exception {
		String id = IssuerApi.json(result).path("verifiableCredential").path("id").asString();
		assertThat(id).startsWith("data:application/vc+jwt,");
		return id.substring("data:application/vc+jwt,".length());
	}

	private int auditCount() {
		return jdbc.queryForObject("select count(*) from audit_event where action = 'CREDENTIAL_ISSUED'", Integer.class);
	}

	@Test
	void issueWhenOwnAchievementThenOpenBadgeWithAssignedIdStatusAndAuditThatCanBeRevoked() throws Exception {
		int audits = auditCount();
		MvcResult result = issue(IssuerApi.PARTNER_KEY, forAchievement(achievementUrl("genai-foundations"), "Sam Okafor"));

		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		JsonNode vc = IssuerApi.json(result).path("verifiableCredential");
		assertThat(vc.path("type").asString()).isEqualTo("EnvelopedVerifiableCredential");
		String jwt = jwtOf(result);
		VerificationReport report = api.verifierFromPublishedJwks(clock).verify(jwt);
		assertThat(report.verdict()).isEqualTo(Verdict.VALID);
		assertThat(report.profile()).isEqualTo(JwtProfile.VC_JWT);
		assertThat(report.credential().learnerName()).isEqualTo("Sam Okafor");
		assertThat(report.credential().achievementName()).isEqualTo("Generative AI Foundations");
		JsonNode payload = IssuerApi.JSON.readTree(JWSObject.parse(jwt).getPayload().toString());
		assertThat(payload.path("credentialStatus").path("statusPurpose").asString()).isEqualTo("message");
		assertThat(payload.path("iss").asString()).as("VC-JOSE-COSE iss, for JWT libraries").isEqualTo(IssuerApi.ISSUER_DID);
		assertThat(auditCount()).isEqualTo(audits + 1);

		String id = report.credential().id().substring("urn:uuid:".length());
		MvcResult revoked = api.perform(post("/api/v1/credentials/" + id + "/revoke")
			.header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"test\"}"));
		assertThat(revoked.getResponse().getStatus()).isEqualTo(200);
		assertThat(api.verifierFromPublishedJwks(clock).verify(jwt).failureCodes().toString()).contains("REVOKED");
	}

	/** Regressions: each of these was signed by the platform and verified VALID. */
	@Test
	void issueWhenCopyingBackdatingOrBorrowingStatusThenRefusedNamingTheRule() throws Exception {
		String own = achievementUrl("genai-foundations");
		String request = forAchievement(own, "Mallory");
		String[][] cases = { { request.replace("{\"credential\":{", "{\"credential\":{\"id\":\"urn:uuid:" + UUID.randomUUID() + "\","), "assigned-by-issuer" },
				{ request.replace("{\"credential\":{", "{\"credential\":{\"validFrom\":\"1990-01-01T00:00:00Z\","), "assigned-by-issuer" },
				{ request.replace("{\"credential\":{", "{\"credential\":{\"credentialStatus\":{\"id\":\"http://localhost:8080/status/x#1\","
						+ "\"type\":\"BitstringStatusListEntry\",\"statusPurpose\":\"revocation\",\"statusListIndex\":\"1\","
						+ "\"statusListCredential\":\"http://localhost:8080/status/x\"},"), "assigned-by-issuer" },
				{ request.replace("{\"credential\":{", "{\"credential\":{\"proof\":{\"type\":\"DataIntegrityProof\"},"), "assigned-by-issuer" },
				{ request.replace("\"Mallory\"", "\"Mallory\",\"email\":\"x@example.org\""), "achievement-defines-content" },
				{ request.replace("{\"id\":\"" + own + "\"}", "{\"id\":\"" + own + "\",\"name\":\"Fake course\"}"), "achievement-defines-content" },
				{ request.replace("\"OpenBadgeCredential\"", "\"ExampleCredential\""), "open-badge-type" },
				{ general(IssuerApi.ISSUER_DID, ""), "platform-issues-own-achievements" },
				{ request.replace(IssuerApi.ISSUER_DID, "did:web:someone-else.example"), "issuer-is-caller" },
				{ request.replace("\"Mallory\"", "\"\""), "recipient-name" },
				{ request.replace("\"Mallory\"", "\"Mallory\",\"id\":\"not a uri\""), "vcdm2.subject.id-url" },
				{ "{\"credential\":\"a string\"}", "credential-object" },
				{ request.substring(0, request.length() - 1) + ",\"options\":{\"credentialId\":\"urn:uuid:" + UUID.randomUUID() + "\"}}",
						"unsupported-option" },
				{ request.substring(0, request.length() - 1) + ",\"options\":[]}", "options-object" } };
		int before = credentialCount();
		for (String[] c : cases) {
			MvcResult result = issue(IssuerApi.PARTNER_KEY, c[0]);
			assertThat(result.getResponse().getStatus()).as(c[0]).isEqualTo(422);
			assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(IssuerApi.json(result).path("rule").asString()).as(c[0]).isEqualTo(c[1]);
		}
		assertThat(credentialCount()).isEqualTo(before);
		assertThat(issue(IssuerApi.PARTNER_KEY, request.substring(0, request.length() - 1) + ",\"options\":{}}")
			.getResponse().getStatus()).as("empty options").isEqualTo(201);
	}

	/** What the partner API refuses, the VC-API refuses too, with the same code. */
	@Test
	void issueWhenPartnerApiWouldRefuseThenSameProblem() throws Exception {
		String own = achievementUrl("genai-foundations");
		String[][] cases = { { forAchievement(own, "\u00a0\u00a0"), "UNPRINTABLE_NAME" },
				{ forAchievement(own, "\u3164"), "UNPRINTABLE_NAME" },
				{ forAchievement(own, "Sam").replace("}}}}", "}},\"validUntil\":\"9999-12-31T23:59:59Z\"}}").replace("9999-12-31", "2000-01-01"), "INVALID_FIELD" },
				{ forAchievement("http://localhost:8080/achievements/" + UUID.randomUUID(), "Sam"), "UNKNOWN_ACHIEVEMENT" },
				{ forAchievement("no-such-slug", "Sam"), "UNKNOWN_ACHIEVEMENT" } };
		int before = credentialCount();
		for (String[] c : cases) {
			MvcResult result = issue(IssuerApi.PARTNER_KEY, c[0]);
			assertThat(result.getResponse().getStatus()).as(c[0]).isEqualTo(422);
			assertThat(IssuerApi.json(result).path("code").asString()).as(c[0]).isEqualTo(c[1]);
		}
		assertThat(credentialCount()).isEqualTo(before);
	}

	/** Regression: a partner had the platform sign a copy of another partner's credential. */
	@Test
	void issueWhenAnotherPartnersAchievementThenUnknownAchievement() throws Exception {
		JsonNode other = IssuerApi.json(api.admin("/api/v1/admin/partners", "{\"name\":\"Other Academy\",\"slug\":\"other-vcapi\"}"));
		JsonNode achievement = IssuerApi.json(api.admin("/api/v1/admin/partners/" + other.path("id").asString() + "/achievements",
				"{\"slug\":\"secret-course\",\"name\":\"Secret\",\"description\":\"d\",\"criteriaNarrative\":\"c\"}"));
		String theirs = "http://localhost:8080/achievements/" + achievement.path("id").asString();
		int before = credentialCount();

		MvcResult result = issue(IssuerApi.PARTNER_KEY, forAchievement(theirs, "Mallory"));

		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(IssuerApi.json(result).path("code").asString()).isEqualTo("UNKNOWN_ACHIEVEMENT");
		MvcResult bySlug = issue(IssuerApi.PARTNER_KEY, forAchievement("secret-course", "Mallory"));
		assertThat(IssuerApi.json(bySlug).path("code").asString()).isEqualTo("UNKNOWN_ACHIEVEMENT");
		assertThat(credentialCount()).isEqualTo(before);
		assertThat(issue(other.path("apiKey").asString(), forAchievement(theirs, "Ada").replace(IssuerApi.ISSUER_DID,
				IssuerApi.ISSUER_DID)).getResponse().getStatus()).isEqualTo(201);
	}

	@Test
	void issueWhenOwnDidPartnerSignsGeneralCredentialThenInItsNameOnlyWithStatusAndRevocable() throws Exception {
		JsonNode partner = IssuerApi.json(api.admin("/api/v1/admin/partners",
				"{\"name\":\"Own Name University\",\"slug\":\"own-name-u\",\"ownIssuer\":true}"));
		String key = partner.path("apiKey").asString();
		String did = partner.path("issuerId").asString();

		MvcResult result = issue(key, general(did, ",\"name\":\"Library card\""));

		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		String jwt = jwtOf(result);
		JsonNode payload = IssuerApi.JSON.readTree(JWSObject.parse(jwt).getPayload().toString());
		assertThat(payload.path("id").asString()).startsWith("urn:uuid:");
		assertThat(payload.path("validFrom").asString()).isNotEmpty();
		assertThat(payload.path("credentialStatus").path("statusPurpose").asString()).isEqualTo("message");
		assertThat(payload.path("iss").asString()).isEqualTo(did);
		VerificationReport report = api.verifierFromPublishedJwks(clock, did, "/partners/own-name-u/jwks.json",
				TrustedIssuer.ANY_CREDENTIAL).verify(jwt);
		assertThat(report.verdict()).as(report.checks().toString()).isEqualTo(Verdict.VALID);
		assertThat(api.verifierFromPublishedJwks(clock, did, "/partners/own-name-u/jwks.json").verify(jwt).failureCodes()
			.toString()).as("not a certificate to a verifier that trusts the partner for certificates")
			.contains("TYPE_NOT_ACCEPTED");

		String id = payload.path("id").asString().substring("urn:uuid:".length());
		MvcResult revoked = api.perform(post("/api/v1/credentials/" + id + "/revoke").header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"test\"}"));
		assertThat(revoked.getResponse().getStatus()).isEqualTo(200);

		MvcResult asPlatform = issue(key, general(IssuerApi.ISSUER_DID, ""));
		assertThat(asPlatform.getResponse().getStatus()).isEqualTo(422);
		assertThat(IssuerApi.json(asPlatform).path("rule").asString()).isEqualTo("issuer-is-caller");
		MvcResult backdated = issue(key, general(did, ",\"validFrom\":\"1990-01-01T00:00:00Z\""));
		assertThat(IssuerApi.json(backdated).path("rule").asString()).isEqualTo("assigned-by-issuer");
		MvcResult platformAchievement = issue(key, forAchievement(achievementUrl("genai-foundations"), "Mallory")
			.replace(IssuerApi.ISSUER_DID, did));
		assertThat(IssuerApi.json(platformAchievement).path("code").asString()).isEqualTo("UNKNOWN_ACHIEVEMENT");
	}

	/** Regression: numbers were signed as doubles (123456789012345678901234567890.5 as 1.2345678901234568E29). */
	@Test
	void issueWhenGeneralCredentialHasLargeOrPreciseNumbersThenSignedExactly() throws Exception {
		JsonNode partner = IssuerApi.json(api.admin("/api/v1/admin/partners",
				"{\"name\":\"Exact Numbers\",\"slug\":\"exact-numbers\",\"ownIssuer\":true}"));
		String body = general(partner.path("issuerId").asString(), "").replace("\"name\":\"Sam\"",
				"\"name\":\"Sam\",\"score\":123456789012345678901234567890.5,\"grade\":2.50");
		MvcResult result = issue(partner.path("apiKey").asString(), body);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		String jwt = IssuerApi.json(result).path("verifiableCredential").path("id").asString()
			.substring("data:application/vc+jwt,".length());
		String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(payload).contains("\"score\":123456789012345678901234567890.5").contains("\"grade\":2.50");
	}

	@Test
	void issueWhenCredentialBreaksDataModelThen4xxAndNothingStored() throws Exception {
		JsonNode partner = IssuerApi.json(api.admin("/api/v1/admin/partners",
				"{\"name\":\"Model Breakers\",\"slug\":\"model-breakers\",\"ownIssuer\":true}"));
		String key = partner.path("apiKey").asString();
		String did = partner.path("issuerId").asString();
		String good = general(did, "");
		String[] bad = { "{}", good.replace("\"https://www.w3.org/ns/credentials/v2\"", "\"https://www.w3.org/2018/credentials/v1\""),
				good.replace("[\"VerifiableCredential\"]", "[\"Thing\"]"),
				good.replace("\"credentialSubject\":{\"id\":\"did:example:learner\",\"name\":\"Sam\"}", "\"credentialSubject\":[]"),
				good.replace("\"Sam\"", "\"Sam\",\"deep\":" + "[".repeat(100) + "]".repeat(100)),
				good.replace("\"https://www.w3.org/ns/credentials/v2\"]", "\"https://www.w3.org/ns/credentials/v2\",42]"),
				general(did, ",\"validUntil\":\"2000-01-01T00:00:00Z\""),
				general(did, ",\"validUntil\":\"tomorrow\"") };
		int before = credentialCount();
		for (String body : bad) {
			MvcResult result = issue(key, body);
			assertThat(result.getResponse().getStatus()).as(body).isBetween(400, 422);
			assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		}
		assertThat(credentialCount()).isEqualTo(before);
	}

	/**
	 * Regression: a request for an achievement that broke VCDM 2.0 was repaired rather than refused
	 * (an invalid @context replaced, an array credentialSubject.id dropped), so the caller got a
	 * credential other than the one it sent. The request is held to the same rules as a general one.
	 */
	@Test
	void issueWhenAchievementRequestBreaksVcdmRuleThen422NamingRuleAndPointer() throws Exception {
		String own = achievementUrl("genai-foundations");
		String request = forAchievement(own, "Mallory");
		String v2 = "\"https://www.w3.org/ns/credentials/v2\"";
		String[][] cases = {
				{ request.replace(v2, "\"https ://www.w3.org/ns/credentials/v2\""), "vcdm2.context.base-first", "/credential/@context/0" },
				{ request.replace(v2 + ",", v2 + ",\"https ://x.example/c\","), "vcdm2.context.url-or-object", "/credential/@context/1" },
				{ request.replace(v2 + ",", v2 + ",\"https://x.example/extra-context\","), "issued-contexts", "/credential/@context/1" },
				{ request.replace("\"Mallory\"", "\"Mallory\",\"id\":[\"did:example:a\",\"did:example:b\"]"), "vcdm2.subject.id-url",
						"/credential/credentialSubject/id" },
				{ request.replace("[\"VerifiableCredential\",\"OpenBadgeCredential\"]", "[\"OpenBadgeCredential\"]"),
						"vcdm2.type.verifiable-credential", "/credential/type" },
				{ request.replace("{\"credential\":{", "{\"credential\":{\"validUntil\":\"tomorrow\","), "vcdm2.validity.datetime",
						"/credential/validUntil" },
				{ request.replace("{\"credential\":{", "{\"credential\":{\"validUntil\":null,"), "vcdm2.validity.datetime",
						"/credential/validUntil" },
				{ request.replace("{\"credential\":{", "{\"credential\":{\"validUntil\":\"+3170843-01-01T00:00:00Z\","),
						"vcdm2.validity.datetime", "/credential/validUntil" },
				{ request.replace("\"issuer\":\"" + IssuerApi.ISSUER_DID + "\"", "\"issuer\":{\"id\":\"" + IssuerApi.ISSUER_DID
						+ "\",\"name\":{\"@value\":\"U\",\"x\":1}}"), "vcdm2.language.members", "/credential/issuer/name/x" },
				{ request.replace("\"OpenBadgeCredential\"]", "\"OpenBadgeCredential\",\"CustomCredential\"]"), "issued-types",
						"/credential/type/2" },
				{ request.replace("[\"AchievementSubject\"]", "[\"Person\"]"), "issued-types", "/credential/credentialSubject/type/0" },
				{ request.replace("\"OpenBadgeCredential\"", "\"AchievementCredential\""), "open-badge-type", "/credential/type" },
				{ request.replace("\"issuer\":\"" + IssuerApi.ISSUER_DID + "\"", "\"issuer\":{\"id\":\"" + IssuerApi.ISSUER_DID
						+ "\",\"name\":\"Another Academy\"}"), "issuer-profile", "/credential/issuer/name" },
				{ request.replace("\"issuer\":\"" + IssuerApi.ISSUER_DID + "\"", "\"issuer\":{\"id\":\"" + IssuerApi.ISSUER_DID
						+ "\",\"type\":\"Organization\"}"), "issued-types", "/credential/issuer/type" },
				{ request.replace("{\"id\":\"" + own + "\"}", "{\"id\":\"" + own + "\",\"type\":\"Badge\"}"), "issued-types",
						"/credential/credentialSubject/achievement/type" } };
		int before = credentialCount();
		for (String[] c : cases) {
			MvcResult result = issue(IssuerApi.PARTNER_KEY, c[0]);
			assertThat(result.getResponse().getStatus()).as(c[0]).isEqualTo(422);
			JsonNode problem = IssuerApi.json(result);
			assertThat(problem.path("rule").asString()).as(c[0]).isEqualTo(c[1]);
			assertThat(problem.path("pointer").asString()).as(c[0]).isEqualTo(c[2]);
		}
		assertThat(credentialCount()).isEqualTo(before);
		assertThat(issue(IssuerApi.PARTNER_KEY, request).getResponse().getStatus()).as("the same request, valid").isEqualTo(201);
		assertThat(issue(IssuerApi.PARTNER_KEY, request.replace("\"issuer\":\"" + IssuerApi.ISSUER_DID + "\"",
				"\"issuer\":{\"id\":\"" + IssuerApi.ISSUER_DID + "\",\"type\":[\"Profile\"]}")).getResponse().getStatus())
			.as("the issuer as an object with its id and type").isEqualTo(201);
	}

	/**
	 * Regression: the VC-API signed 24 of 25 credentials that break VCDM 2.0 MUSTs. Each is refused
	 * with the rule it breaks and where, before anything is signed.
	 */
	@Test
	void issueWhenGeneralCredentialBreaksVcdmRuleThen422NamingRuleAndPointer() throws Exception {
		JsonNode partner = IssuerApi.json(api.admin("/api/v1/admin/partners",
				"{\"name\":\"Rule Breakers\",\"slug\":\"rule-breakers\",\"ownIssuer\":true}"));
		String key = partner.path("apiKey").asString();
		String did = partner.path("issuerId").asString();
		String good = general(did, "");
		String[][] cases = {
				{ good.replace("\"https://www.w3.org/ns/credentials/v2\"]", "\"https://www.w3.org/ns/credentials/v2\",\"https ://x.example/c\"]"),
						"vcdm2.context.url-or-object", "/credential/@context/1" },
				{ good.replace("\"id\":\"did:example:learner\"", "\"id\":[\"did:example:a\",\"did:example:b\"]"),
						"vcdm2.subject.id-url", "/credential/credentialSubject/id" },
				{ general(did, ",\"termsOfUse\":{\"id\":\"https://x.example/t\"}"), "vcdm2.termsOfUse.type", "/credential/termsOfUse/type" },
				{ general(did, ",\"evidence\":[{\"id\":\"https://x.example/e\"}]"), "vcdm2.evidence.type", "/credential/evidence/0/type" },
				{ general(did, ",\"refreshService\":{\"id\":\"https://x.example/r\"}"), "vcdm2.refreshService.type",
						"/credential/refreshService/type" },
				{ general(did, ",\"credentialSchema\":{\"type\":\"JsonSchema\"}"), "vcdm2.credentialSchema.id",
						"/credential/credentialSchema/id" },
				{ general(did, ",\"name\":{\"@value\":\"X\",\"bold\":true}"), "vcdm2.language.members", "/credential/name/bold" },
				{ good.replace("\"issuer\":\"" + did + "\"", "\"issuer\":{\"id\":\"" + did + "\",\"name\":{\"@value\":\"U\",\"x\":1}}"),
						"vcdm2.language.members", "/credential/issuer/name/x" },
				{ good.replace("{\"id\":\"did:example:learner\",\"name\":\"Sam\"}", "{}"), "vcdm2.subject.claims",
						"/credential/credentialSubject" },
				{ good.replace("{\"id\":\"did:example:learner\",\"name\":\"Sam\"}", "[{\"name\":\"Sam\"},{}]"), "vcdm2.subject.claims",
						"/credential/credentialSubject/1" },
				{ general(did, ",\"relatedResource\":[{\"digestSRI\":\"sha384-a\"}]"), "vcdm2.relatedResource.id",
						"/credential/relatedResource/0/id" },
				{ general(did, ",\"relatedResource\":[{\"id\":\"https://x.example/a\",\"digestSRI\":\"sha384-a\"},"
						+ "{\"id\":\"https://x.example/a\",\"digestSRI\":\"sha384-b\"}]"), "vcdm2.relatedResource.id-unique",
						"/credential/relatedResource/1/id" },
				{ general(did, ",\"relatedResource\":[{\"id\":\"https://x.example/a\"}]"), "vcdm2.relatedResource.digest",
						"/credential/relatedResource/0" },
				{ general(did, ",\"validUntil\":null"), "vcdm2.validity.datetime", "/credential/validUntil" },
				{ good.replace("[\"VerifiableCredential\"]", "[\"VerifiableCredential\",\"BitstringStatusListCredential\"]"),
						"status-lists-published", "/credential/type" } };
		int before = credentialCount();
		for (String[] c : cases) {
			MvcResult result = issue(key, c[0]);
			assertThat(result.getResponse().getStatus()).as(c[1]).isEqualTo(422);
			JsonNode problem = IssuerApi.json(result);
			assertThat(problem.path("rule").asString()).as(c[0]).isEqualTo(c[1]);
			assertThat(problem.path("pointer").asString()).as(c[0]).isEqualTo(c[2]);
		}
		assertThat(credentialCount()).isEqualTo(before);
	}

	@Test
	void issueWithoutApiKeyThen401() throws Exception {
		MvcResult result = api.perform(post("/credentials/issue").contentType(MediaType.APPLICATION_JSON)
			.content(forAchievement("genai-foundations", "Sam")));
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
	}

}
