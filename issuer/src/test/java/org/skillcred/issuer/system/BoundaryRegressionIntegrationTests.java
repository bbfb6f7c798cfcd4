package org.skillcred.issuer.system;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.skillcred.web.SecurityHeadersFilter;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Regressions from the trust review of the issuer's boundaries: each request here answered 500,
 * printed a blank certificate or failed a public resource before.
 */
@IssuerIntegrationTest
class BoundaryRegressionIntegrationTests extends IssuerApiTests {

	private String partnerId() throws Exception {
		for (JsonNode p : IssuerApi.json(api.perform(get("/api/v1/admin/partners").header("Authorization",
				"Bearer " + IssuerApi.ADMIN_KEY)))) {
			if (p.path("slug").asString().equals("demo-partner")) {
				return p.path("id").asString();
			}
		}
		throw new AssertionError("no demo partner");
	}

	private MvcResult defineWithValidity(String validity) throws Exception {
		return api.admin("/api/v1/admin/partners/" + partnerId() + "/achievements",
				"{\"slug\":\"v-" + Math.abs(validity.hashCode()) + "\",\"name\":\"V\",\"description\":\"d\","
						+ "\"criteriaNarrative\":\"c\",\"validity\":\"" + validity + "\"}");
	}

	@Test
	void defineAchievementWhenValidityOutOfRangeThen422NamingTheField() throws Exception {
		for (String validity : new String[] { "P999999999Y", "P0D", "P101Y", "P1300M", "P99999999999999999999Y" }) {
			MvcResult result = defineWithValidity(validity);
			assertThat(result.getResponse().getStatus()).as(validity).isIn(400, 422);
			assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			if (result.getResponse().getStatus() == 422) {
				assertThat(IssuerApi.json(result).path("field").asString()).as(validity).isEqualTo("validity");
			}
		}
		assertThat(defineWithValidity("P100Y").getResponse().getStatus()).isEqualTo(201);
	}

	/**
	 * Regression: an achievement stored with validity P999999999Y (accepted before the range rule)
	 * made every issuance and every batch row for it answer 500.
	 */
	@Test
	void issueWhenStoredValidityOverflowsThen422ForSingleAndBatch() throws Exception {
		assertThat(defineWithValidity("P1Y").getResponse().getStatus()).isEqualTo(201);
		String slug = "v-" + Math.abs("P1Y".hashCode());
		jdbc.update("update achievement set validity = 'P999999999Y' where slug = ?", slug);

		MvcResult single = api.issue(IssuerApi.PARTNER_KEY, IssuerApi.issueBody(slug, "Overflow"));
		assertThat(single.getResponse().getStatus()).isEqualTo(422);
		assertThat(IssuerApi.json(single).path("field").asString()).isEqualTo("validUntil");

		MvcResult batch = api.perform(post("/api/v1/batches").param("allOrNothing", "true")
			.header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)
			.contentType("text/csv")
			.content("externalId,name,achievementId\no-1,Overflow," + slug + "\n"));
		assertThat(batch.getResponse().getStatus()).isEqualTo(422);
		assertThat(IssuerApi.json(batch).path("code").asString()).isEqualTo("BATCH_REJECTED");

		MvcResult withEnd = api.issue(IssuerApi.PARTNER_KEY, IssuerApi.issueBody(slug, "Explicit End")
			.replace("}}", "},\"validUntil\":\"2030-01-01T00:00:00Z\"}"));
		assertThat(withEnd.getResponse().getStatus()).as("an explicit validUntil still works").isEqualTo(201);
	}

	@Test
	void issueWhenValidUntilBeyondYear9999ThenRefusedOnIssueAndRenew() throws Exception {
		String base = IssuerApi.issueBody("genai-foundations", "Far Future");
		for (String validUntil : new String[] { "+1000000000-12-31T23:59:59Z", "+3170843-01-01T00:00:00Z",
				"10000-01-01T00:00:00Z" }) {
			MvcResult result = api.issue(IssuerApi.PARTNER_KEY,
					base.substring(0, base.length() - 1) + ",\"validUntil\":\"" + validUntil + "\"}");
			assertThat(result.getResponse().getStatus()).as(validUntil).isIn(400, 422);
			assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		}
		String id = IssuerApi.json(api.issue(IssuerApi.PARTNER_KEY, base)).path("id").asString();
		MvcResult renewed = api.perform(post("/api/v1/credentials/" + id + "/renew")
			.header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"validUntil\":\"+3170843-01-01T00:00:00Z\"}"));
		assertThat(renewed.getResponse().getStatus()).isIn(400, 422);
		assertThat(renewed.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	@Test
	void issueWhenNameOnlyWhitespaceFillerOrInvisibleThenUnprintable() throws Exception {
		for (String name : new String[] { "\u00a0\u00a0\u00a0", "\u3164", "\u3164\u3164 \u00a0", "\u115f\u1160",
				"\u2800\u2800" }) {
			MvcResult result = api.issue(IssuerApi.PARTNER_KEY, IssuerApi.issueBody("genai-foundations", name));
			assertThat(result.getResponse().getStatus()).as("U+%04X", (int) name.charAt(0)).isIn(400, 422);
		}
		assertThat(api.issue(IssuerApi.PARTNER_KEY, IssuerApi.issueBody("genai-foundations", "李"))
			.getResponse()
			.getStatus()).isEqualTo(201);
	}

	@Test
	void issueWhenIdempotencyKeyNotAsciiThen400() throws Exception {
		MvcResult result = api.perform(post("/api/v1/credentials").header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)
			.header("Idempotency-Key", "clé-é")
			.contentType(MediaType.APPLICATION_JSON)
			.content(IssuerApi.issueBody("genai-foundations", "Ana")));
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(IssuerApi.json(result).path("code").asString()).isEqualTo("MALFORMED_REQUEST");
	}

	@Test
	void errorPathCalledDirectlyThenNotFoundProblem() throws Exception {
		MvcResult result = api.perform(get("/error"));
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	@Test
	void publicResourceWhenWrongBearerKeyThenServedAnyway() throws Exception {
		for (String path : new String[] { "/.well-known/did.json", "/.well-known/jwks.json", "/v3/api-docs" }) {
			MvcResult result = api.perform(get(path).header("Authorization", "Bearer wrong-key"));
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		}
		assertThat(api.perform(get("/learn/no-such-token").header("Authorization", "Bearer wrong-key"))
			.getResponse()
			.getStatus()).as("a learner page answers as without the header").isEqualTo(404);
		MvcResult api401 = api.perform(get("/api/v1/achievements").header("Authorization", "Bearer wrong-key"));
		assertThat(api401.getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void everyAnswerCarriesSecurityHeaders() throws Exception {
		for (String path : new String[] { "/.well-known/did.json", "/learn/no-such-token", "/api/v1/achievements" }) {
			MvcResult result = api.perform(get(path));
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(path)
				.isEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY)
				.contains("frame-ancestors 'none'")
				.doesNotContain("script-src 'self' 'unsafe-inline'");
			assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		}
	}

	@Test
	void problemBodiesAreUtf8Json() throws Exception {
		MvcResult result = api.perform(get("/api/v1/credentials/not-a-uuid").header("Authorization",
				"Bearer " + IssuerApi.PARTNER_KEY));
		assertThat(result.getResponse().getStatus()).isBetween(400, 499);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("{");
	}

}
