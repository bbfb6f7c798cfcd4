package org.skillcred.issuer.system;

import org.junit.jupiter.api.Test;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Guessing is slowed per client address: wrong API keys (partner or admin) and unknown learner
 * links. Regression: 300 wrong keys went through in 13 s, 300 random learner tokens in 17 s.
 */
@IssuerIntegrationTest
@TestPropertySource(properties = { "issuer.rate-limits.auth-failures-per-minute=5",
		"issuer.rate-limits.learner-link-failures-per-minute=5" })
class RateLimitIntegrationTests extends IssuerApiTests {

	private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

	@Test
	void wrongKeysOverTheLimitThen429WhileOtherClientsAndPublicDocumentsWork() throws Exception {
		for (int i = 0; i < 5; i++) {
			String key = (i % 2 == 0) ? "guess-" + i : "admin-guess-" + i;
			String path = (i % 2 == 0) ? "/api/v1/achievements" : "/api/v1/admin/partners";
			assertThat(api.perform(from("192.0.2.10", get(path).header("Authorization", "Bearer " + key)))
				.getResponse()
				.getStatus()).isEqualTo(401);
		}
		MvcResult limited = api.perform(from("192.0.2.10",
				get("/api/v1/achievements").header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)));
		// the container turns the 429 into a problem document (/error); MockMvc records the status
		assertThat(limited.getResponse().getStatus()).isEqualTo(429);
		assertThat(Integer.parseInt(limited.getResponse().getHeader("Retry-After"))).isBetween(1, 60);
		MvcResult problem = api.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 429));
		assertThat(problem.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(IssuerApi.json(problem).path("code").asString()).isEqualTo("TOO_MANY_REQUESTS");
		MvcResult page = api.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 429)
			.requestAttr("jakarta.servlet.error.request_uri", "/learn/abc")
			.accept(MediaType.TEXT_HTML)
			.header("Accept-Language", "es"));
		assertThat(page.getResponse().getStatus()).isEqualTo(429);
		assertThat(page.getResponse().getContentType()).as("a browser gets a page").startsWith("text/html");
		assertThat(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("Demasiadas solicitudes").contains("lang=\"es\"");

		assertThat(api.perform(from("192.0.2.10", get("/.well-known/did.json"))).getResponse().getStatus())
			.as("public documents stay open to the limited address").isEqualTo(200);
		assertThat(api.perform(from("192.0.2.11",
				get("/api/v1/achievements").header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)))
			.getResponse()
			.getStatus()).as("another client keeps working").isEqualTo(200);
	}

	@Test
	void successfulRequestsAreNeverCounted() throws Exception {
		for (int i = 0; i < 20; i++) {
			assertThat(api.perform(from("192.0.2.20",
					get("/api/v1/achievements").header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)))
				.getResponse()
				.getStatus()).isEqualTo(200);
		}
	}

	@Test
	void unknownLearnerLinksOverTheLimitThen429() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(api.perform(from("192.0.2.30", get("/learn/random-token-" + i))).getResponse().getStatus())
				.isEqualTo(404);
		}
		assertThat(api.perform(from("192.0.2.30", get("/learn/random-token-x"))).getResponse().getStatus())
			.isEqualTo(429);
		assertThat(api.perform(from("192.0.2.31", get("/learn/random-token-y"))).getResponse().getStatus())
			.isEqualTo(404);
	}

}
