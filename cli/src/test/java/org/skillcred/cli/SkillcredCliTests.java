package org.skillcred.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI against a stand-in issuer on loopback that speaks the batch API: a batch that
 * progresses over three polls, and a refused all-or-nothing upload.
 */
class SkillcredCliTests {

	@TempDir
	Path dir;

	private HttpServer server;

	private final AtomicInteger polls = new AtomicInteger();

	private final AtomicReference<String> uploadedType = new AtomicReference<>();

	private final AtomicReference<String> uploadedAuth = new AtomicReference<>();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/v1/batches", this::handle);
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void uploadThenProgressToTheEndAndResultsSaved() throws Exception {
		Path cohort = Files.writeString(dir.resolve("cohort.csv"), "externalId,name,achievementId\n1,Ana,ai\n");
		Files.writeString(dir.resolve("cohort-results.csv"), "an older, longer results file\n".repeat(100));

		int exit = SkillcredCli.run(new String[] { "upload", cohort.toString(), "--issuer", issuer(), "--poll", "0.1" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				"partner-key", true);

		assertThat(exit).as(err.toString()).isEqualTo(3);
		assertThat(uploadedType.get()).startsWith("text/csv");
		assertThat(uploadedAuth.get()).isEqualTo("Bearer partner-key");
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("Batch b-1: 300 rows");
		assertThat(printed).contains("\r[###############---------------]  50% 150/300");
		assertThat(printed).contains("100% 300/300");
		assertThat(printed).contains("Done: 299 issued, 0 already issued, 1 failed");
		assertThat(Files.readString(dir.resolve("cohort-results.csv")))
			.as("replaced whole, nothing of the older file left")
			.isEqualTo("line,externalId,email,status\n2,1,,ISSUED\n");
		assertThat(polls.get()).isEqualTo(2);
	}

	@Test
	void uploadWhenRefusedThenRowErrorsShownAndExitOne() throws Exception {
		Path cohort = Files.writeString(dir.resolve("refused.csv"), "name\n");

		int exit = run("upload", cohort.toString(), "--issuer", issuer(), "--all-or-nothing");

		assertThat(exit).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("HTTP 422")
			.contains("2 of 3 rows are invalid")
			.contains("line 3: name is required.");
	}

	@Test
	void argumentsWhenKeyMissingThenUsage() throws Exception {
		Path cohort = Files.writeString(dir.resolve("c.csv"), "x\n");
		assertThat(SkillcredCli.run(new String[] { "upload", cohort.toString() }, new PrintStream(out),
				new PrintStream(err), null, false)).isEqualTo(2);
		assertThat(err.toString()).contains("SKILLCRED_API_KEY").contains("Usage");
		assertThat(SkillcredCli.run(new String[] { "download" }, new PrintStream(out), new PrintStream(err), "k", false))
			.isEqualTo(2);
		assertThat(SkillcredCli.run(new String[] { "upload", cohort.toString(), "--poll", "-1" }, new PrintStream(out),
				new PrintStream(err), "k", false)).isEqualTo(2);
		assertThat(SkillcredCli.run(new String[] { "upload", cohort.toString(), "--issuer", "ftp://example.org" },
				new PrintStream(out), new PrintStream(err), "k", false)).isEqualTo(2);
		assertThat(err.toString()).contains("--poll takes").contains("http or https URL");
	}

	@Test
	void uploadWhenIssuerIsDownThenClearError() throws Exception {
		Path cohort = Files.writeString(dir.resolve("c.csv"), "x\n");
		server.stop(0);
		int exit = run("upload", cohort.toString(), "--issuer", issuer());
		assertThat(exit).isEqualTo(1);
		assertThat(err.toString()).contains("Could not reach the issuer");
	}

	private int run(String... args) {
		return SkillcredCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), "partner-key", false);
	}

	private String issuer() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		if ("POST".equals(exchange.getRequestMethod())) {
			uploadedType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
			uploadedAuth.set(exchange.getRequestHeaders().getFirst("Authorization"));
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			if (body.equals("name\n")) {
				send(exchange, 422, "{\"code\":\"BATCH_REJECTED\",\"detail\":\"2 of 3 rows are invalid\",\"invalidRows\":2,"
						+ "\"errors\":[{\"line\":3,\"code\":\"INVALID_FIELD\",\"detail\":\"name is required.\"}]}");
				return;
			}
			send(exchange, 202, batch("RUNNING", 0, 300));
		}
		else if (path.endsWith("/results")) {
			send(exchange, 200, "line,externalId,email,status\n2,1,,ISSUED\n");
		}
		else {
			int poll = polls.incrementAndGet();
			send(exchange, 200, (poll == 1) ? batch("RUNNING", 150, 150) : batch("COMPLETED", 299, 0));
		}
	}

	private static String batch(String state, int issued, int remaining) {
		int failed = 300 - issued - remaining;
		return "{\"id\":\"b-1\",\"state\":\"" + state + "\",\"total\":300,\"issued\":" + issued
				+ ",\"alreadyIssued\":0,\"failed\":" + failed + ",\"remaining\":" + remaining
				+ ",\"rowsPerSecond\":1500.0,\"estimatedSecondsLeft\":" + ((remaining > 0) ? "1" : "0") + "}";
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
