package org.skillcred.issuer.conformance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every kind of credential SkillCred issues is a valid Open Badges 3.0 AchievementCredential by
 * 1EdTech's own JSON Schema: each template and JWT profile, each language, with and without an
 * end date, a learner DID or an e-mail, single, batch, renewal, VC-API, and a partner signing in its
 * own name. (RS256 credentials: {@code Rs256IssuanceIntegrationTests}.)
 */
@IssuerIntegrationTest
class OpenBadgesSchemaIntegrationTests extends IssuerApiTests {

	@BeforeEach
	void schemasPresent() {
		OpenBadgesSchemas.require();
	}

	@Test
	void everyKindOfIssuedCredentialValidatesAgainstTheAchievementCredentialSchema() throws Exception {
		Map<String, String> issued = new java.util.LinkedHashMap<>();
		String[][] singles = { { "genai-foundations", "fr", null, "mailto" }, // course-completion, vc+jwt
				{ "ai-practitioner-advanced", "zh", "2030-01-31T00:00:00Z", "did" }, // advanced, OB 3.0 JWT
				{ "public-sector-ai-governance", "ar", null, "both" } }; // participation
		for (String[] single : singles) {
			String recipient = switch (single[3]) {
				case "did" -> "\"id\":\"did:example:learner-1\"";
				case "both" -> "\"id\":\"did:example:learner-2\",\"email\":\"both@example.org\"";
				default -> "\"email\":\"amina@example.org\"";
			};
			MvcResult result = api.issue(IssuerApi.PARTNER_KEY, "{\"achievementId\":\"" + single[0]
					+ "\",\"language\":\"" + single[1] + "\"" + (single[2] == null ? "" : ",\"validUntil\":\"" + single[2] + "\"")
					+ ",\"recipient\":{\"name\":\"Amina Yusuf\"," + recipient + "}}");
			assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
			issued.put("single " + single[0] + " " + single[1], IssuerApi.json(result).path("credential").asString());
		}

		String renewedFrom = jdbc.queryForObject("select cast(id as varchar) from credential order by issued_at limit 1",
				String.class);
		MvcResult renewed = api.perform(post("/api/v1/credentials/" + renewedFrom + "/renew")
			.header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"validUntil\":\"2031-06-30T00:00:00Z\"}"));
		assertThat(renewed.getResponse().getStatus()).isEqualTo(201);
		issued.put("renewal", IssuerApi.json(renewed).path("credential").asString());

		issued.putAll(batch());
		issued.put("VC-API", vcApi());
		issued.put("partner in its own name", ownIssuer());

		for (Map.Entry<String, String> credential : issued.entrySet()) {
			OpenBadgesSchemas.assertConforms(credential.getValue(), credential.getKey());
		}
		List<String> stored = jdbc.queryForList("select compact_jwt from credential", String.class);
		assertThat(stored).hasSizeGreaterThanOrEqualTo(issued.size());
		for (String jwt : stored) { // other tests sharing this database may have stored general VCDM credentials
			if (org.skillcred.core.credential.CredentialJson.includes(OpenBadgesSchemas.payload(jwt).path("type"),
					"OpenBadgeCredential")) {
				OpenBadgesSchemas.assertConforms(jwt, "stored credential");
			}
		}
	}

	/** The check can fail: what the schema refuses, it refuses here too. */
	@Test
	void schemaRefusesWhatOpenBadgesForbids() throws Exception {
		String jwt = IssuerApi.json(api.issue(IssuerApi.PARTNER_KEY,
				IssuerApi.issueBody("genai-foundations", "Sam Okafor"))).path("credential").asString();
		ObjectNode credential = (ObjectNode) OpenBadgesSchemas.payload(jwt);
		assertThat(OpenBadgesSchemas.errors(credential)).isEmpty();

		ObjectNode twoStatusEntries = credential.deepCopy();
		twoStatusEntries.putArray("credentialStatus").add(credential.get("credentialStatus")).add(credential.get("credentialStatus"));
		assertThat(OpenBadgesSchemas.errors(twoStatusEntries)).as("OB 3.0 allows one status object").isNotEmpty();
		ObjectNode undated = credential.deepCopy();
		undated.remove("validFrom");
		assertThat(OpenBadgesSchemas.errors(undated)).isNotEmpty();
		ObjectNode badDate = credential.deepCopy();
		badDate.put("validFrom", "1 December 2026");
		assertThat(OpenBadgesSchemas.errors(badDate)).as("format assertions are on").isNotEmpty();
	}

	private Map<String, String> batch() throws Exception {
		String csv = "externalId,name,email,achievementId,language,validUntil\n"
				+ "b-1,Wanjiru Kamau,wanjiru@example.org,genai-foundations,en,\n"
				+ "b-2,Иван Петров,ivan@example.org,ai-practitioner-advanced,ru,2029-12-31T00:00:00Z\n"
				+ "b-3,María José Núñez,maria@example.org,public-sector-ai-governance,es,\n";
		MvcResult accepted = api.perform(post("/api/v1/batches").header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(accepted.getResponse().getStatus()).as(accepted.getResponse().getContentAsString()).isEqualTo(202);
		String id = IssuerApi.json(accepted).path("id").asString();
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!"COMPLETED".equals(IssuerApi.json(api.perform(get("/api/v1/batches/" + id).header("Authorization",
				"Bearer " + IssuerApi.PARTNER_KEY))).path("state").asString())) {
			assertThat(System.nanoTime()).as("batch completes").isLessThan(deadline);
			Thread.sleep(100);
		}
		Map<String, String> jwts = new java.util.LinkedHashMap<>();
		for (Map<String, Object> row : jdbc.queryForList(
				"select c.compact_jwt, r.external_id from credential c join batch_row r on r.credential_id = c.id "
						+ "where r.batch_id = cast(? as uuid)", id)) {
			jwts.put("batch " + row.get("external_id"), (String) row.get("compact_jwt"));
		}
		assertThat(jwts).hasSize(3);
		return jwts;
	}

	private String vcApi() throws Exception {
		String achievement = null;
		for (JsonNode a : IssuerApi.json(api.perform(get("/api/v1/achievements").header("Authorization",
				"Bearer " + IssuerApi.PARTNER_KEY)))) {
			if (a.path("slug").asString().equals("genai-foundations")) {
				achievement = "http://localhost:8080/achievements/" + a.path("id").asString();
			}
		}
		MvcResult result = api.perform(post("/credentials/issue").header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"credential\":{\"@context\":[\"https://www.w3.org/ns/credentials/v2\","
					+ "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
					+ "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"issuer\":\"" + IssuerApi.ISSUER_DID
					+ "\",\"credentialSubject\":{\"type\":[\"AchievementSubject\"],\"name\":\"Sam Okafor\","
					+ "\"achievement\":{\"id\":\"" + achievement + "\"}}}}"));
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return IssuerApi.json(result).path("verifiableCredential").path("id").asString()
			.substring("data:application/vc+jwt,".length());
	}

	private String ownIssuer() throws Exception {
		JsonNode partner = IssuerApi.json(api.admin("/api/v1/admin/partners",
				"{\"name\":\"Open University\",\"slug\":\"schema-open-university\",\"ownIssuer\":true}"));
		api.admin("/api/v1/admin/partners/" + partner.path("id").asString() + "/achievements",
				"{\"slug\":\"ai-literacy\",\"name\":\"AI Literacy\",\"description\":\"Basics.\",\"criteriaNarrative\":\"Pass.\"}");
		MvcResult result = api.issue(partner.path("apiKey").asString(), IssuerApi.issueBody("ai-literacy", "Ada Lovelace"));
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return IssuerApi.json(result).path("credential").asString();
	}

}
