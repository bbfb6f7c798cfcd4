package org.skillcred.issuer.partner;

import org.junit.jupiter.api.Test;
import org.skillcred.core.verification.Verdict;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillcred.issuer.support.IssuerApi.ADMIN_KEY;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Onboarding a partner end to end: create it, define an achievement, issue with its new key,
 * disable it.
 */
@IssuerIntegrationTest
class AdminApiIntegrationTests extends IssuerApiTests {


	@Test
	void onboardPartnerThenItIssuesWithItsKeyUntilDisabled() throws Exception {
		MvcResult created = api.admin("/api/v1/admin/partners",
				"{\"name\":\"Université de Genève\",\"contactEmail\":\"certs@unige.example\"}");
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		JsonNode partner = IssuerApi.json(created);
		assertThat(partner.path("slug").asString()).isEqualTo("universite-de-geneve");
		String key = partner.path("apiKey").asString();
		assertThat(key).startsWith("sc_").hasSizeGreaterThan(40);
		assertThat(jdbc.queryForObject("select count(*) from partner_api_key where key_hash = ?", Integer.class, key))
			.as("keys are stored hashed, never in clear")
			.isZero();
		JsonNode listed = IssuerApi.json(api.perform(get("/api/v1/admin/partners/" + partner.path("id").asString())
			.header("Authorization", "Bearer " + ADMIN_KEY)));
		assertThat(listed.has("apiKey")).as("the key is shown once").isFalse();

		MvcResult achievement = api.admin("/api/v1/admin/partners/" + partner.path("id").asString() + "/achievements",
				"{\"slug\":\"ai-ethics\",\"name\":\"AI Ethics\",\"description\":\"Ethics of AI systems.\","
						+ "\"criteriaNarrative\":\"Attend and pass.\",\"jwtProfile\":\"OB3_JWT\",\"validity\":\"P1Y\","
						+ "\"language\":\"fr\",\"alignments\":[{\"targetName\":\"Ethics\",\"targetUrl\":\"https://example.org/ethics\"}]}");
		assertThat(achievement.getResponse().getStatus()).isEqualTo(201);
		assertThat(api.admin("/api/v1/admin/partners/" + partner.path("id").asString() + "/achievements",
				"{\"slug\":\"ai-ethics\",\"name\":\"Again\",\"description\":\"d\",\"criteriaNarrative\":\"c\"}")
			.getResponse()
			.getStatus()).isEqualTo(409);

		MvcResult issued = api.issue(key, IssuerApi.issueBody("ai-ethics", "Jean Dupont"));
		assertThat(issued.getResponse().getStatus()).isEqualTo(201);
		assertThat(api.verifierFromPublishedJwks(clock).verify(IssuerApi.json(issued).path("credential").asString())
			.verdict()).isEqualTo(Verdict.VALID);

		assertThat(api.admin("/api/v1/admin/partners/" + partner.path("id").asString() + "/disable", "")
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(api.issue(key, IssuerApi.issueBody("ai-ethics", "Jean Dupont")).getResponse().getStatus())
			.isEqualTo(401);
	}

	@Test
	void createPartnerWhenInvalidOrDuplicateThenProblem() throws Exception {
		assertThat(api.admin("/api/v1/admin/partners", "{\"name\":\"\"}").getResponse().getStatus()).isEqualTo(422);
		assertThat(api.admin("/api/v1/admin/partners", "{\"name\":\"X\",\"slug\":\"Bad Slug!\"}").getResponse().getStatus())
			.isEqualTo(422);
		assertThat(api.admin("/api/v1/admin/partners", "{\"name\":\"Dup\",\"slug\":\"dup-partner\"}").getResponse()
			.getStatus()).isEqualTo(201);
		MvcResult dup = api.admin("/api/v1/admin/partners", "{\"name\":\"Dup\",\"slug\":\"dup-partner\"}");
		assertThat(dup.getResponse().getStatus()).isEqualTo(409);
		assertThat(IssuerApi.json(dup).path("code").asString()).isEqualTo("DUPLICATE");
		assertThat(api.admin("/api/v1/admin/partners/00000000-0000-0000-0000-000000000000/achievements",
				"{\"slug\":\"x\",\"name\":\"X\",\"description\":\"d\",\"criteriaNarrative\":\"c\"}")
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(api.admin("/api/v1/admin/partners/" + IssuerApi.json(api.admin("/api/v1/admin/partners",
				"{\"name\":\"Legacy\"}")).path("id").asString() + "/achievements",
				"{\"slug\":\"x\",\"name\":\"X\",\"description\":\"d\",\"criteriaNarrative\":\"c\",\"jwtProfile\":\"LEGACY_VC_JWT\"}")
			.getResponse()
			.getStatus()).isEqualTo(422);
	}

}
