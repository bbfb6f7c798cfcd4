package org.skillcred.issuer.batch;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.skillcred.core.verification.CredentialVerifier;
import org.skillcred.core.verification.Verdict;
import org.skillcred.issuer.credential.BulkIssuance;
import org.skillcred.issuer.credential.CredentialIssuance;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A worker that dies in the middle of a chunk (its transaction never commits) leaves the rows
 * pending and nothing issued; the next worker resumes the batch where it stood, and in the end
 * every row has exactly one credential, every credential its own status index, and all verify.
 * The process-level proof, {@code kill -9} of a running issuer on PostgreSQL, is the verifier
 * module's {@code BatchCrashEndToEndTests}.
 */
@IssuerIntegrationTest
@TestPropertySource(properties = { "issuer.batch.workers=0", "issuer.batch.chunk-size=100" })
class BatchCrashResumeIntegrationTests extends IssuerApiTests {

	@Autowired
	BatchStore store;

	@Autowired
	BatchChunks chunks;

	@Autowired
	BatchProperties properties;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	BulkIssuance bulk;

	@Test
	void workerDiesMidChunkThenNextWorkerResumesAndNothingIsIssuedTwice() throws Exception {
		StringBuilder cohort = new StringBuilder(BatchApi.HEADER);
		for (int i = 1; i <= 1000; i++) {
			cohort.append("C-").append(i).append(",Learner ").append(i).append(",,genai-foundations,,\n");
		}
		UUID id = UUID.fromString(IssuerApi.json(new BatchApi(mvc).uploadCsv(cohort.toString())).path("id").asString());
		Batch batch = store.find(id).orElseThrow();
		for (int chunk = 0; chunk < 3; chunk++) {
			assertThat(chunks.issueNext(batch)).isEqualTo(100);
		}
		int credentials = credentialCount();
		int allocations = allocationCount();

		// the process dies after signing and inserting a chunk, before its transaction commits
		assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
			assertThat(chunks.issueNext(batch)).isEqualTo(100);
			throw new IllegalStateException("killed");
		})).hasMessage("killed");

		assertThat(credentialCount()).isEqualTo(credentials);
		assertThat(allocationCount()).as("claimed indexes went with the rolled-back chunk").isEqualTo(allocations);
		assertThat(store.find(id).orElseThrow().issued()).isEqualTo(300);

		BatchWorkers restarted = new BatchWorkers(store, chunks, properties);
		restarted.start();
		try {
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (store.find(id).orElseThrow().state() != BatchState.COMPLETED && System.nanoTime() < deadline) {
				restarted.workOnce();
			}
		}
		finally {
			restarted.stop();
		}

		Batch done = store.find(id).orElseThrow();
		assertThat(done.state()).isEqualTo(BatchState.COMPLETED);
		assertThat(done.issued()).isEqualTo(1000);
		assertThat(done.failed()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from batch_row where batch_id = ? and state = 'ISSUED'",
				Integer.class, id)).isEqualTo(1000);
		assertThat(jdbc.queryForObject("select count(distinct credential_id) from batch_row where batch_id = ?",
				Integer.class, id)).isEqualTo(1000);
		assertThat(jdbc.queryForObject("select count(*) from credential c join batch_row r on r.credential_id = c.id "
				+ "where r.batch_id = ?", Integer.class, id)).isEqualTo(1000);
		assertThat(jdbc.queryForObject("select count(distinct cast(status_list_id as varchar) || ':' || status_index) "
				+ "from credential", Integer.class)).isEqualTo(jdbc.queryForObject(
						"select count(*) from credential where status_list_id is not null", Integer.class));
		assertThat(allocationCount()).isEqualTo(allocations + 700);
		CredentialVerifier verifier = api.verifierFromPublishedJwks(clock);
		for (String jwt : jdbc.queryForList("select c.compact_jwt from credential c join batch_row r "
				+ "on r.credential_id = c.id where r.batch_id = ?", String.class, id)) {
			assertThat(verifier.verify(jwt).verdict()).isEqualTo(Verdict.VALID);
		}
	}

	@Test
	void partnerDisabledWhileItsBatchRunsThenRemainingRowsFailAndNothingMoreIsIssued() throws Exception {
		JsonNode partner = IssuerApi.json(api.admin("/api/v1/admin/partners", "{\"name\":\"Closing Academy\"}"));
		String partnerId = partner.path("id").asString();
		api.admin("/api/v1/admin/partners/" + partnerId + "/achievements", "{\"slug\":\"farewell\",\"name\":\"Farewell\","
				+ "\"description\":\"The last course.\",\"criteriaNarrative\":\"Attend.\"}");
		StringBuilder cohort = new StringBuilder(BatchApi.HEADER);
		for (int i = 1; i <= 250; i++) {
			cohort.append("F-").append(i).append(",Learner ").append(i).append(",,farewell,,\n");
		}
		MvcResult upload = new BatchApi(mvc).upload(partner.path("apiKey").asString(), "text/csv",
				cohort.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
		UUID id = UUID.fromString(IssuerApi.json(upload).path("id").asString());
		Batch batch = store.find(id).orElseThrow();
		assertThat(chunks.issueNext(batch)).isEqualTo(100);

		assertThat(api.admin("/api/v1/admin/partners/" + partnerId + "/disable", "").getResponse().getStatus())
			.isEqualTo(200);
		while (chunks.issueNext(batch) > 0) {
			// the remaining chunks
		}
		chunks.completeIfDone(batch);

		Batch done = store.find(id).orElseThrow();
		assertThat(done.state()).isEqualTo(BatchState.COMPLETED);
		assertThat(done.issued()).isEqualTo(100);
		assertThat(done.failed()).isEqualTo(150);
		assertThat(jdbc.queryForObject("select count(*) from batch_row where batch_id = ? and error_code = "
				+ "'PARTNER_DISABLED'", Integer.class, id)).isEqualTo(150);
	}

	@Test
	void sameRecipientKeyTwiceInOneCallThenSecondFailsAndFirstIsIssued() {
		UUID partnerId = jdbc.queryForObject("select id from partner where slug = 'demo-partner'", UUID.class);
		CredentialIssuance.IssueCommand command = new CredentialIssuance.IssueCommand(
				"genai-foundations", "Twice Listed", null, null, null, null);
		String key = BatchValidation.recipientKey(UUID.randomUUID(), "T-1", null);

		List<BulkIssuance.Outcome> outcomes = new TransactionTemplate(
				transactionManager).execute(tx -> bulk.issueAll(
						PartnerPrincipal.partner(partnerId, "demo-partner"),
						List.of(new BulkIssuance.Recipient(key, command),
								new BulkIssuance.Recipient(key, command))));

		assertThat(outcomes).extracting(BulkIssuance.Outcome::kind)
			.containsExactly(BulkIssuance.Kind.ISSUED,
					BulkIssuance.Kind.FAILED);
		assertThat(outcomes.get(1).errorCode()).isEqualTo("DUPLICATE_RECIPIENT");
	}

	private int allocationCount() {
		return jdbc.queryForObject("select count(*) from status_allocation", Integer.class);
	}

}
