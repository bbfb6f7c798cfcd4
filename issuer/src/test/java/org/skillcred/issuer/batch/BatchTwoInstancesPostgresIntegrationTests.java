package org.skillcred.issuer.batch;

import java.time.Duration;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.PostgresIntegrationTest;
import org.skillcred.issuer.support.SecondInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two issuer instances on one PostgreSQL database work on the same batch at once: rows are shared
 * out with {@code FOR UPDATE SKIP LOCKED}, no row is issued twice, no status index is used twice,
 * the batch's counts add up (no lost update), and a re-upload to the other instance issues nothing.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "issuer.batch.chunk-size=100")
class BatchTwoInstancesPostgresIntegrationTests extends IssuerApiTests {

	@Autowired
	Environment environment;

	@Autowired
	MeterRegistry meters;

	@Test
	void twoInstancesWorkOnOneBatchThenEveryRowIssuedOnce() throws Exception {
		try (ConfigurableApplicationContext second = SecondInstance.start(environment, "--issuer.batch.chunk-size=100")) {
			StringBuilder cohort = new StringBuilder(BatchApi.HEADER);
			for (int i = 1; i <= 3000; i++) {
				cohort.append("T-").append(i).append(",Learner ").append(i).append(",learner").append(i)
					.append("@example.org,genai-foundations,,\n");
			}
			BatchApi batches = new BatchApi(mvc);
			String id = IssuerApi.json(batches.uploadCsv(cohort.toString())).path("id").asString();
			// the API keeps serving while both instances work on the batch
			assertThat(api.issue(IssuerApi.PARTNER_KEY, IssuerApi.issueBody("genai-foundations", "Walk-in Learner"))
				.getResponse()
				.getStatus()).isEqualTo(201);
			JsonNode done = batches.awaitCompleted(id, Duration.ofSeconds(120));

			assertThat(done.path("issued").asInt()).isEqualTo(3000);
			assertThat(done.path("failed").asInt()).isZero();
			assertThat(issuedRows(meters)).as("this instance issued some rows").isPositive();
			assertThat(issuedRows(second.getBean(MeterRegistry.class))).as("the other instance issued some rows").isPositive();
			assertThat(issuedRows(meters) + issuedRows(second.getBean(MeterRegistry.class))).isEqualTo(3000);
			UUID batchId = UUID.fromString(id);
			assertThat(jdbc.queryForObject("select count(distinct credential_id) from batch_row where batch_id = ?",
					Integer.class, batchId)).isEqualTo(3000);
			assertThat(jdbc.queryForObject("select count(*) from credential where recipient_key is not null",
					Integer.class)).isEqualTo(3000);
			assertThat(jdbc.queryForObject("select count(distinct (status_list_id, status_index)) from credential",
					Integer.class)).isEqualTo(credentialCount());
			assertThat(jdbc.queryForObject("select count(*) from status_allocation", Integer.class))
				.isEqualTo(credentialCount());

			String again = IssuerApi.json(batches.uploadCsv(cohort.toString())).path("id").asString();
			JsonNode replay = batches.awaitCompleted(again, Duration.ofSeconds(120));
			assertThat(replay.path("alreadyIssued").asInt()).isEqualTo(3000);
			assertThat(replay.path("issued").asInt()).isZero();
			assertThat(jdbc.queryForObject("select count(*) from credential where recipient_key is not null",
					Integer.class)).isEqualTo(3000);
		}
	}

	private static double issuedRows(MeterRegistry registry) {
		return registry.get("skillcred.batch.rows").tag("outcome", "issued").counter().count();
	}

}
