package org.skillcred.verifier.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.skillcred.verifier.support.IssuerProcess;
import org.skillcred.verifier.support.VerifierIntegrationTest.TrustFile;
import org.skillcred.verifier.support.VerifierIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Crash safety of batch issuance, for real: the issuer runs from its jar on PostgreSQL, is killed
 * with SIGKILL ({@code kill -9}) in the middle of a 20,000-row batch, and is started again. The
 * batch resumes where it stood; in the end every row has exactly one credential, no status index
 * is used twice or leaked, and every credential reported as issued is VALID at the verifier.
 * Needs PostgreSQL (127.0.0.1:5432, database test); skipped without it unless
 * {@code SKILLCRED_REQUIRE_POSTGRES=true} (CI).
 */
@VerifierIntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "verifier.trust.keys.cache-ttl=1s")
class BatchCrashEndToEndTests {

	static final int ROWS = 20_000;

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String URL = System.getenv().getOrDefault("SKILLCRED_TEST_POSTGRES_URL",
			"jdbc:postgresql://127.0.0.1:5432/test");

	static final String USER = System.getenv().getOrDefault("SKILLCRED_TEST_POSTGRES_USER", "postgres");

	static final String SCHEMA = "skillcred_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	static IssuerProcess issuer;

	@Autowired
	MockMvc mvc;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void startIssuer(DynamicPropertyRegistry registry) throws Exception {
		if (!postgresReachable()) {
			return;
		}
		Path jar = IssuerProcess.jar()
			.orElseThrow(() -> new IllegalStateException("Build the issuer first; its jar is needed here"));
		issuer = IssuerProcess.start(jar, Map.of("spring.datasource.url", URL + "?currentSchema=" + SCHEMA,
				"spring.datasource.username", USER, "spring.datasource.password",
				System.getenv().getOrDefault("SKILLCRED_TEST_POSTGRES_PASSWORD", ""), "spring.flyway.schemas", SCHEMA,
				"spring.flyway.create-schemas", "true", "issuer.batch.chunk-size", "200"));
		Path trust = TrustFile.write(Files.createTempFile("trusted-crash", ".yml"),
				TrustFile.entry(issuer.did(), "skillcred", "SkillCred Demo Issuer"));
		registry.add("verifier.trust.list.location", () -> "file:" + trust);
	}

	@AfterAll
	static void stopIssuer() throws SQLException {
		if (issuer != null) {
			issuer.close();
			try (Connection db = connect()) {
				db.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
			}
		}
	}

	@Test
	void killNineMidBatchThenRestartResumesAndEveryIssuedCredentialVerifies() throws Exception {
		Assumptions.assumeTrue(issuer != null, "SKIPPED: PostgreSQL not reachable at " + URL + "; this test runs in CI");
		StringBuilder cohort = new StringBuilder("externalId,name,email,achievementId\n");
		for (int i = 1; i <= ROWS; i++) {
			cohort.append("K-").append(i).append(",Learner ").append(i).append(",k").append(i)
				.append("@example.org,genai-foundations\n");
		}
		JsonNode accepted = send(HttpRequest.newBuilder(URI.create(issuer.baseUrl() + "/api/v1/batches"))
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(cohort.toString())), 202);
		String id = accepted.path("id").asString();

		awaitIssued(id, 1000, Duration.ofSeconds(120));
		issuer.kill();

		int issuedAtKill;
		try (Connection db = connectToIssuerSchema()) {
			issuedAtKill = count(db, "select issued from batch where id = '" + id + "'");
			assertThat(issuedAtKill).as("killed in the middle of the batch").isBetween(1, ROWS - 1);
			assertThat(count(db, "select count(*) from batch_row where batch_id = '" + id + "' and state = 'ISSUED'"))
				.as("only committed chunks count").isEqualTo(issuedAtKill);
			assertThat(count(db, "select count(*) from credential where recipient_key is not null")).isEqualTo(issuedAtKill);
		}

		long restart = System.nanoTime();
		issuer = issuer.startAgain();
		JsonNode done = awaitCompleted(id, Duration.ofSeconds(180));
		System.out.printf("kill -9 after %,d of %,d rows issued; restarted and completed in %.1f s%n", issuedAtKill, ROWS,
				(System.nanoTime() - restart) / 1e9);

		assertThat(done.path("issued").asInt()).isEqualTo(ROWS);
		assertThat(done.path("failed").asInt()).isZero();
		List<String> credentials;
		try (Connection db = connectToIssuerSchema()) {
			assertThat(count(db, "select count(distinct credential_id) from batch_row where batch_id = '" + id
					+ "' and state = 'ISSUED'")).isEqualTo(ROWS);
			assertThat(count(db, "select count(*) from credential where recipient_key is not null")).isEqualTo(ROWS);
			assertThat(count(db, "select count(distinct (status_list_id, status_index)) from credential"))
				.as("no status index used twice").isEqualTo(count(db, "select count(*) from credential"));
			assertThat(count(db, "select count(*) from status_allocation"))
				.as("no index claimed by a lost chunk stays taken").isEqualTo(count(db, "select count(*) from credential"));
			credentials = new java.util.ArrayList<>();
			var rows = db.createStatement().executeQuery("select c.compact_jwt from credential c join batch_row r "
					+ "on r.credential_id = c.id where r.batch_id = '" + id + "'");
			while (rows.next()) {
				credentials.add(rows.getString(1));
			}
		}
		assertThat(credentials).hasSize(ROWS);
		AtomicInteger valid = new AtomicInteger();
		credentials.parallelStream().forEach(jwt -> {
			if ("VALID".equals(verify(jwt).path("verdict").asString())) {
				valid.incrementAndGet();
			}
		});
		assertThat(valid.get()).as("every credential reported as issued verifies").isEqualTo(ROWS);
	}

	private JsonNode verify(String jwt) {
		try {
			return JSON.readTree(mvc.perform(post("/api/v1/verify").contentType(MediaType.APPLICATION_JSON)
				.content("{\"credential\":\"" + jwt + "\"}")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void awaitIssued(String id, int atLeast, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (batch(id).path("issued").asInt() < atLeast) {
			assertThat(System.nanoTime()).as("batch started issuing").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	private JsonNode awaitCompleted(String id, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		JsonNode batch;
		while (!"COMPLETED".equals((batch = batch(id)).path("state").asString())) {
			assertThat(System.nanoTime()).as("batch completed: " + batch).isLessThan(deadline);
			Thread.sleep(200);
		}
		return batch;
	}

	private JsonNode batch(String id) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(issuer.baseUrl() + "/api/v1/batches/" + id)).GET(), 200);
	}

	private JsonNode send(HttpRequest.Builder request, int expected) throws Exception {
		HttpResponse<String> response = http.send(request.header("Authorization", "Bearer demo-partner-key").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
		return JSON.readTree(response.body());
	}

	private static int count(Connection db, String sql) throws SQLException {
		var result = db.createStatement().executeQuery(sql);
		result.next();
		return result.getInt(1);
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(URL, USER, System.getenv().getOrDefault("SKILLCRED_TEST_POSTGRES_PASSWORD", ""));
	}

	private static Connection connectToIssuerSchema() throws SQLException {
		Connection db = connect();
		db.setSchema(SCHEMA);
		return db;
	}

	private static boolean postgresReachable() {
		try (Connection ignored = connect()) {
			return true;
		}
		catch (SQLException ex) {
			if (Boolean.parseBoolean(System.getenv("SKILLCRED_REQUIRE_POSTGRES"))) {
				throw new IllegalStateException("PostgreSQL is required but not reachable at " + URL, ex);
			}
			return false;
		}
	}

}
