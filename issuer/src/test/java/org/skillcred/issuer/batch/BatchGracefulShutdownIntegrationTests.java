package org.skillcred.issuer.batch;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.skillcred.issuer.IssuerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance shut down while its workers are issuing finishes the chunk in hand and parks the
 * rest: nothing half-issued, the batch left running with its rows pending, and the next instance
 * on the database completes it.
 */
class BatchGracefulShutdownIntegrationTests {

	@Test
	void shutdownMidBatchThenChunksAreWholeAndNextInstanceFinishes() throws Exception {
		String database = "jdbc:h2:mem:shutdown-" + UUID.randomUUID() + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		StringBuilder cohort = new StringBuilder(BatchApi.HEADER);
		for (int i = 1; i <= 5000; i++) {
			cohort.append("G-").append(i).append(",Learner ").append(i).append(",,genai-foundations,,\n");
		}
		UUID id;
		int issuedAtShutdown;
		try (ConfigurableApplicationContext first = start(database)) {
			BatchSubmission submission = first.getBean(BatchSubmission.class);
			id = submission.submit(org.skillcred.issuer.system.PartnerPrincipal.partner(partnerId(first), "demo-partner"),
					cohort.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), BatchSubmission.Format.CSV, false)
				.id();
			BatchStore store = first.getBean(BatchStore.class);
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (store.find(id).orElseThrow().issued() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
		}
		try (ConfigurableApplicationContext reader = start(database, 0)) {
			JdbcTemplate jdbc = reader.getBean(JdbcTemplate.class);
			Batch parked = reader.getBean(BatchStore.class).find(id).orElseThrow();
			issuedAtShutdown = parked.issued();
			assertThat(issuedAtShutdown).as("shut down in the middle").isBetween(1, 4999);
			assertThat(issuedAtShutdown % 100).as("only whole chunks were issued").isZero();
			assertThat(parked.state()).isEqualTo(BatchState.RUNNING);
			assertThat(jdbc.queryForObject("select count(*) from batch_row where batch_id = ? and state = 'PENDING'",
					Integer.class, id)).isEqualTo(5000 - issuedAtShutdown);
			assertThat(jdbc.queryForObject("select count(*) from credential where recipient_key is not null",
					Integer.class)).isEqualTo(issuedAtShutdown);
		}
		try (ConfigurableApplicationContext next = start(database)) {
			BatchStore store = next.getBean(BatchStore.class);
			long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
			while (store.find(id).orElseThrow().state() != BatchState.COMPLETED && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			Batch done = store.find(id).orElseThrow();
			assertThat(done.state()).isEqualTo(BatchState.COMPLETED);
			assertThat(done.issued()).isEqualTo(5000);
			assertThat(next.getBean(JdbcTemplate.class)
				.queryForObject("select count(distinct credential_id) from batch_row where batch_id = ?", Integer.class, id))
				.isEqualTo(5000);
		}
	}

	private static ConfigurableApplicationContext start(String database) {
		return start(database, 1);
	}

	private static ConfigurableApplicationContext start(String database, int workers) {
		return new SpringApplicationBuilder(IssuerApplication.class).profiles("dev")
			.run("--server.port=0", "--spring.datasource.url=" + database, "--issuer.batch.chunk-size=100",
					"--issuer.batch.workers=" + workers, "--logging.level.root=WARN");
	}

	private static UUID partnerId(ConfigurableApplicationContext context) {
		return context.getBean(JdbcTemplate.class)
			.queryForObject("select id from partner where slug = 'demo-partner'", UUID.class);
	}

}
