package org.skillcred.issuer.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What operators rely on: probes, health of the database, signing keys and status lists,
 * Prometheus metrics behind the admin key, and request logs that name routes, never tokens.
 */
@IssuerIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsIntegrationTests extends IssuerApiTests {

	@Test
	void probesAnswerWithoutAuthenticationAndReadinessCoversDatabaseKeysAndStatusLists() throws Exception {
		assertThat(api.perform(get("/actuator/health/liveness")).getResponse().getStatus()).isEqualTo(200);
		var readiness = api.perform(get("/actuator/health/readiness"));
		assertThat(readiness.getResponse().getStatus()).isEqualTo(200);
		assertThat(IssuerApi.json(readiness).path("status").asString()).isEqualTo("UP");
		assertThat(IssuerApi.json(readiness).has("components")).as("no details for anonymous callers").isFalse();

		api.issue(IssuerApi.PARTNER_KEY, IssuerApi.issueBody("genai-foundations", "Health Check"));
		JsonNode detailed = IssuerApi.json(api.perform(get("/actuator/health/readiness").header("Authorization",
				"Bearer " + IssuerApi.ADMIN_KEY)));
		assertThat(detailed.path("components").path("db").path("status").asString()).isEqualTo("UP");
		assertThat(detailed.path("components").path("signingKeys").path("status").asString()).isEqualTo("UP");
		assertThat(detailed.path("components").path("statusLists").path("status").asString()).isEqualTo("UP");
		assertThat(detailed.path("components").path("statusLists").path("details").has("revision")).isTrue();
	}

	@Test
	void prometheusNeedsTheAdminKeyAndCountsCredentials() throws Exception {
		assertThat(api.perform(get("/actuator/prometheus")).getResponse().getStatus()).isEqualTo(401);
		assertThat(api.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY))
			.getResponse()
			.getStatus()).isEqualTo(403);
		api.issue(IssuerApi.PARTNER_KEY, IssuerApi.issueBody("genai-foundations", "Metric Learner"));

		String metrics = api.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + IssuerApi.ADMIN_KEY))
			.getResponse()
			.getContentAsString();

		assertThat(metrics).contains("skillcred_credentials_issued_total");
		assertThat(metrics).contains("skillcred_batch_rows_total");
		assertThat(metrics).contains("http_server_requests_seconds_bucket");
		assertThat(metrics).doesNotContain("Metric Learner");
	}

	@Test
	void apiDocsDescribeTheBatchEndpoints() throws Exception {
		JsonNode docs = IssuerApi.json(api.perform(get("/v3/api-docs")));

		JsonNode upload = docs.path("paths").path("/api/v1/batches").path("post");
		assertThat(upload.path("requestBody").path("content").has("text/csv")).isTrue();
		assertThat(upload.path("requestBody").path("content").has("application/json")).isTrue();
		assertThat(docs.path("paths").has("/api/v1/batches/{id}")).isTrue();
		assertThat(docs.path("paths").path("/api/v1/batches/{id}/results").path("get").path("responses").path("200")
			.path("content").has("text/csv")).isTrue();
	}

	@Test
	void requestLogNamesTheRouteNotTheLearnerToken(CapturedOutput output) throws Exception {
		String learner = IssuerApi.json(api.issue(IssuerApi.PARTNER_KEY,
				IssuerApi.issueBody("genai-foundations", "Private Person")))
			.path("links")
			.path("learner")
			.asString();
		String token = learner.substring(learner.lastIndexOf('/') + 1);

		api.perform(get("/learn/" + token));

		String requestLog = output.getOut()
			.lines()
			.filter(line -> line.contains("skillcred.requests"))
			.collect(java.util.stream.Collectors.joining("\n"));
		assertThat(requestLog).contains("GET /learn/{token} 200");
		assertThat(requestLog).contains("POST /api/v1/credentials 201");
		assertThat(requestLog).doesNotContain(token).doesNotContain("Private Person")
			.doesNotContain(IssuerApi.PARTNER_KEY);
	}

}
