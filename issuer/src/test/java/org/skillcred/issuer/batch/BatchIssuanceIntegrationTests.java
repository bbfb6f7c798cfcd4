package org.skillcred.issuer.batch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillcred.core.verification.CredentialVerifier;
import org.skillcred.core.verification.Verdict;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Batch issuance through the API on the embedded database: good rows are issued while bad rows
 * are reported with their line and reason, a re-upload issues nothing twice, all-or-nothing
 * refuses a file with any bad row, and a batch is its partner's alone.
 */
@IssuerIntegrationTest
class BatchIssuanceIntegrationTests extends IssuerApiTests {

	private static final String COHORT = BatchApi.HEADER
			+ "L-001,Amina Yusuf,amina@example.org,genai-foundations,en,\n"
			+ "L-002,王小明,wang@example.org,genai-foundations,zh,\n"
			+ "L-003,أمينة يوسف,amina.ar@example.org,genai-foundations,ar,\n"
			+ "L-004,Иван Петров,ivan@example.org,public-sector-ai-governance,ru,2031-06-30\n"
			+ "L-005,\"Núñez, María José\",maria@example.org,genai-foundations,es,\n"
			+ "L-006,,nobody@example.org,genai-foundations,en,\n"
			+ "L-007,Lost Course,lost@example.org,no-such-course,en,\n"
			+ "L-008,Bad Mail,not-an-email,genai-foundations,en,\n"
			+ "L-009,Too Late,late@example.org,genai-foundations,en,2020-01-01\n"
			+ "L-001,Amina Again,amina@example.org,genai-foundations,en,\n"
			+ ",Only Mail,only.mail@example.org,genai-foundations,fr,\n"
			+ "L-012,Emoji \uD83D\uDE00 Learner,emoji@example.org,genai-foundations,en,\n"
			+ "L-013,Short Row\n";

	private BatchApi batches;

	@BeforeEach
	void createBatchApi() {
		batches = new BatchApi(mvc);
	}

	@Test
	void uploadCsvThenGoodRowsIssuedAndBadRowsReportedWithLineAndReason() throws Exception {
		MvcResult upload = batches.uploadCsv(COHORT);

		assertThat(upload.getResponse().getStatus()).isEqualTo(202);
		JsonNode accepted = IssuerApi.json(upload);
		assertThat(upload.getResponse().getHeader("Location")).isEqualTo("/api/v1/batches/" + accepted.path("id").asString());
		assertThat(accepted.path("total").asInt()).isEqualTo(13);
		JsonNode done = batches.awaitCompleted(accepted.path("id").asString(), Duration.ofSeconds(60));
		assertThat(done.path("issued").asInt()).isEqualTo(6);
		assertThat(done.path("failed").asInt()).isEqualTo(7);
		assertThat(done.path("remaining").asInt()).isZero();
		assertThat(done.path("estimatedSecondsLeft").asLong()).isZero();

		List<List<String>> results = batches.resultRows(accepted.path("id").asString());
		assertThat(results.getFirst()).containsExactlyElementsOf(BatchQueries.RESULT_COLUMNS);
		Map<String, List<String>> byLine = results.stream().skip(1).collect(Collectors.toMap(List::getFirst, row -> row));
		assertThat(byLine).hasSize(13);
		assertThat(status(byLine, "2")).isEqualTo("ISSUED");
		assertThat(status(byLine, "6")).isEqualTo("ISSUED");
		assertThat(status(byLine, "12")).as("an e-mail alone identifies the recipient").isEqualTo("ISSUED");
		assertThat(error(byLine, "7")).isEqualTo("INVALID_FIELD");
		assertThat(error(byLine, "8")).isEqualTo("UNKNOWN_ACHIEVEMENT");
		assertThat(error(byLine, "9")).isEqualTo("INVALID_FIELD");
		assertThat(error(byLine, "10")).isEqualTo("INVALID_FIELD");
		assertThat(error(byLine, "11")).isEqualTo("DUPLICATE_RECIPIENT");
		assertThat(byLine.get("11").get(8)).contains("line 2");
		assertThat(error(byLine, "13")).isEqualTo("UNPRINTABLE_NAME");
		assertThat(error(byLine, "14")).isEqualTo("INVALID_FIELD");
		assertThat(byLine.get("14").get(8)).contains("fields");

		CredentialVerifier verifier = api.verifierFromPublishedJwks(clock);
		for (List<String> row : byLine.values()) {
			if (row.get(3).equals("ISSUED")) {
				assertThat(row.get(5)).startsWith("http://localhost:8080/learn/");
				assertThat(row.get(6)).endsWith(row.get(4));
				String jwt = jdbc.queryForObject("select compact_jwt from credential where id = cast(? as uuid)",
						String.class, row.get(4));
				assertThat(verifier.verify(jwt).verdict()).isEqualTo(Verdict.VALID);
			}
		}
		assertThat(jdbc.queryForObject("select recipient_name from credential where id = cast(? as uuid)",
				String.class, byLine.get("6").get(4))).isEqualTo("Núñez, María José");

		// a batch credential is an ordinary credential: read, rendered for the learner, revoked
		String chinese = byLine.get("3").get(4);
		JsonNode read = IssuerApi.json(api.perform(get("/api/v1/credentials/" + chinese).header("Authorization",
				"Bearer " + IssuerApi.PARTNER_KEY)));
		assertThat(read.path("recipient").path("name").asString()).isEqualTo("王小明");
		assertThat(read.path("language").asString()).isEqualTo("zh");
		assertThat(read.path("state").asString()).isEqualTo("ISSUED");
		MvcResult pdf = api.perform(get(java.net.URI.create(byLine.get("3").get(5)).getPath() + "/certificate.pdf"));
		assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		MvcResult revoked = api.perform(post("/api/v1/credentials/" + chinese + "/revoke")
			.header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)
			.contentType("application/json")
			.content("{\"reason\":\"test\"}"));
		assertThat(IssuerApi.json(revoked).path("state").asString()).isEqualTo("REVOKED");
	}

	@Test
	void uploadWhenSameFileAgainThenNothingIsIssuedTwice() throws Exception {
		String cohort = BatchApi.HEADER + "R-1,Chidi Okafor,chidi@example.org,genai-foundations,en,\n"
				+ "R-2,Lena Müller,lena@example.org,genai-foundations,fr,\n";
		String first = IssuerApi.json(batches.uploadCsv(cohort)).path("id").asString();
		batches.awaitCompleted(first, Duration.ofSeconds(30));
		int credentials = credentialCount();

		String second = IssuerApi.json(batches.uploadCsv(cohort)).path("id").asString();
		JsonNode again = batches.awaitCompleted(second, Duration.ofSeconds(30));

		assertThat(again.path("issued").asInt()).isZero();
		assertThat(again.path("alreadyIssued").asInt()).isEqualTo(2);
		assertThat(credentialCount()).isEqualTo(credentials);
		List<List<String>> before = batches.resultRows(first);
		List<List<String>> after = batches.resultRows(second);
		for (int i = 1; i < before.size(); i++) {
			assertThat(after.get(i).get(3)).isEqualTo("ALREADY_ISSUED");
			assertThat(after.get(i).get(4)).as("the earlier credential is reported").isEqualTo(before.get(i).get(4));
			assertThat(after.get(i).get(5)).isEqualTo(before.get(i).get(5));
		}
	}

	@Test
	void uploadJsonArrayThenIssued() throws Exception {
		String json = """
				[{"externalId":"J-1","name":"Sofía Ramírez","achievementId":"genai-foundations","language":"es"},
				 {"email":"kenji@example.org","name":"佐藤健二","achievementId":"ai-practitioner-advanced"}]
				""";
		MvcResult upload = batches.upload(IssuerApi.PARTNER_KEY, "application/json", json.getBytes(StandardCharsets.UTF_8),
				false);

		assertThat(upload.getResponse().getStatus()).isEqualTo(202);
		JsonNode done = batches.awaitCompleted(IssuerApi.json(upload).path("id").asString(), Duration.ofSeconds(30));
		assertThat(done.path("issued").asInt()).isEqualTo(2);
		assertThat(done.path("format").asString()).isEqualTo("json");
	}

	/**
	 * Regression: a misspelt ?allornothing=true, or a bare ?allOrNothing, was ignored and the good
	 * rows issued: exactly what the caller asked not to happen.
	 */
	@Test
	void uploadWhenQueryParameterUnknownOrWithoutValueThenRefusedAndNothingIssued() throws Exception {
		int before = credentialCount();
		byte[] cohort = (BatchApi.HEADER + "Q-1,Ana Lima,ana.query@example.org,genai-foundations,,\n").getBytes(StandardCharsets.UTF_8);
		for (String query : new String[] { "?allornothing=true", "?allOrNothing", "?allOrNothing=" }) {
			MvcResult result = api.perform(post("/api/v1/batches" + query).header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)
				.contentType(BatchApi.csv())
				.content(cohort));
			assertThat(result.getResponse().getStatus()).as(query).isEqualTo(400);
			assertThat(IssuerApi.json(result).path("code").asString()).as(query).isEqualTo("MALFORMED_REQUEST");
			assertThat(IssuerApi.json(result).path("detail").asString()).as(query).contains("allOrNothing");
		}
		assertThat(credentialCount()).isEqualTo(before);
		assertThat(api.perform(post("/api/v1/batches?allOrNothing=true").header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)
			.contentType(BatchApi.csv())
			.content(cohort)).getResponse().getStatus()).as("spelt right").isEqualTo(202);
	}

	/** Regression: a date-only validUntil was signed as the next midnight, and printed as the next day. */
	@Test
	void uploadWhenValidUntilIsADateThenValidThroughThatDay() throws Exception {
		String id = IssuerApi.json(batches.uploadCsv(BatchApi.HEADER
				+ "D-1,Ana Lima,ana.date@example.org,genai-foundations,en,2029-06-30\n")).path("id").asString();
		batches.awaitCompleted(id, Duration.ofSeconds(30));
		String credentialId = batches.resultRows(id).get(1).get(4);
		JsonNode credential = IssuerApi.json(api.perform(get("/api/v1/credentials/" + credentialId)
			.header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)));
		assertThat(credential.path("validUntil").asString()).isEqualTo("2029-06-30T23:59:59Z");
	}

	/** Regression: a name of no-break spaces or Hangul fillers printed a blank certificate. */
	@Test
	void uploadWhenNamesWouldPrintBlankThenThoseRowsRefusedAsUnprintable() throws Exception {
		String cohort = BatchApi.HEADER + "N-1,\u00a0\u00a0\u00a0,,genai-foundations,,\n" + "N-2,\u3164,,genai-foundations,,\n"
				+ "N-3,\u3164 \u00a0\u3164,,genai-foundations,,\n" + "N-4,Ana Lima,,genai-foundations,,\n";
		int credentials = credentialCount();

		MvcResult refused = batches.upload(IssuerApi.PARTNER_KEY, "text/csv", cohort.getBytes(StandardCharsets.UTF_8), true);

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		JsonNode problem = IssuerApi.json(refused);
		assertThat(problem.path("invalidRows").asInt()).isEqualTo(3);
		assertThat(problem.path("errors").findValues("line").stream().map(JsonNode::asInt).toList())
			.containsExactly(2, 3, 4);
		assertThat(credentialCount()).isEqualTo(credentials);
	}

	@Test
	void uploadAllOrNothingWhenAnyRowIsBadThenNothingIsStoredAndEveryBadRowIsListed() throws Exception {
		int credentials = credentialCount();
		int stored = jdbc.queryForObject("select count(*) from batch", Integer.class);
		MvcResult refused = batches.upload(IssuerApi.PARTNER_KEY, "text/csv", COHORT.getBytes(StandardCharsets.UTF_8), true);

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		JsonNode problem = IssuerApi.json(refused);
		assertThat(problem.path("code").asString()).isEqualTo("BATCH_REJECTED");
		assertThat(problem.path("invalidRows").asInt()).isEqualTo(7);
		assertThat(problem.path("errors").findValues("line").stream().map(JsonNode::asInt).toList())
			.containsExactly(7, 8, 9, 10, 11, 13, 14);
		assertThat(credentialCount()).isEqualTo(credentials);
		assertThat(jdbc.queryForObject("select count(*) from batch", Integer.class)).isEqualTo(stored);

		MvcResult valid = batches.upload(IssuerApi.PARTNER_KEY, "text/csv",
				(BatchApi.HEADER + "A-1,Ana Lima,ana@example.org,genai-foundations,,\n").getBytes(StandardCharsets.UTF_8),
				true);
		assertThat(valid.getResponse().getStatus()).isEqualTo(202);
		assertThat(IssuerApi.json(valid).path("allOrNothing").asBoolean()).isTrue();
	}

	@Test
	void batchWhenAnotherPartnerAsksThenItDoesNotExist() throws Exception {
		String id = IssuerApi.json(batches.uploadCsv(BatchApi.HEADER + "P-1,Ama Mensah,ama@example.org,genai-foundations,,\n"))
			.path("id")
			.asString();
		JsonNode other = IssuerApi.json(api.admin("/api/v1/admin/partners", "{\"name\":\"Other Academy\"}"));
		String otherKey = other.path("apiKey").asString();

		assertThat(batches.status(otherKey, id).getResponse().getStatus()).isEqualTo(404);
		assertThat(batches.results(otherKey, id).getResponse().getStatus()).isEqualTo(404);
		assertThat(batches.status("not-a-key", id).getResponse().getStatus()).isEqualTo(401);
		assertThat(batches.status(IssuerApi.PARTNER_KEY, id).getResponse().getStatus()).isEqualTo(200);
		JsonNode mine = IssuerApi.json(api.perform(get("/api/v1/batches").header("Authorization",
				"Bearer " + IssuerApi.PARTNER_KEY)));
		assertThat(mine.findValuesAsString("id")).contains(id);
		JsonNode theirs = IssuerApi.json(api.perform(get("/api/v1/batches").header("Authorization", "Bearer " + otherKey)));
		assertThat(theirs.size()).as("another partner lists none of them").isZero();
	}

	private static String status(Map<String, List<String>> byLine, String line) {
		return byLine.get(line).get(3);
	}

	private static String error(Map<String, List<String>> byLine, String line) {
		assertThat(byLine.get(line).get(3)).as("line " + line).isEqualTo("FAILED");
		return byLine.get(line).get(7);
	}

}
