package org.skillcred.issuer.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.skillcred.issuer.support.IssuerApi;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input to every endpoint of the issuer, through a real servlet container: malformed,
 * oversized and deeply nested bodies, numbers and dates out of range, junk identifiers. Each gets a
 * 4xx problem document within 2 seconds, and a partner's data is untouched by it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"issuer.rate-limits.auth-failures-per-minute=100000", "issuer.rate-limits.learner-link-failures-per-minute=100000" })
@ActiveProfiles("dev")
class HostileInputServerTests {

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	record Hostile(String name, String method, String path, String key, String contentType, byte[] body) {
	}

	private List<Hostile> inputs(String credentialId) {
		String deep = "[".repeat(100_000) + "]".repeat(100_000);
		String huge = "1" + "0".repeat(200_000);
		List<Hostile> inputs = new ArrayList<>();
		String partner = IssuerApi.PARTNER_KEY;
		String admin = IssuerApi.ADMIN_KEY;
		List<String[]> jsonEndpoints = List.of(new String[] { "/api/v1/credentials", partner },
				new String[] { "/credentials/issue", partner },
				new String[] { "/api/v1/credentials/" + credentialId + "/revoke", partner },
				new String[] { "/api/v1/credentials/" + credentialId + "/suspend", partner },
				new String[] { "/api/v1/credentials/" + credentialId + "/renew", partner },
				new String[] { "/api/v1/admin/partners", admin }, new String[] { "/api/v1/admin/keys/rotate", admin },
				new String[] { "/api/v1/admin/keys/compromise", admin },
				new String[] { "/api/v1/admin/credentials/reissue", admin });
		for (String[] endpoint : jsonEndpoints) {
			inputs.add(json("malformed JSON", endpoint, "{\"a\":"));
			inputs.add(json("deep JSON", endpoint, "{\"a\":" + deep + "}"));
			inputs.add(json("huge number", endpoint, "{\"validUntil\":" + huge + ",\"reason\":" + huge + "}"));
			inputs.add(json("oversized body", endpoint, "{\"a\":\"" + "x".repeat(200_000) + "\"}"));
			inputs.add(new Hostile("wrong media type", "POST", endpoint[0], endpoint[1], "application/xml",
					"<a/>".getBytes()));
		}
		inputs.add(json("date out of range", new String[] { "/api/v1/credentials", partner },
				"{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"A\"},\"validUntil\":\"+1000000000-12-31T23:59:59Z\"}"));
		inputs.add(json("renew far future", new String[] { "/api/v1/credentials/" + credentialId + "/renew", partner },
				"{\"validUntil\":\"+1000000000-12-31T23:59:59Z\"}"));
		inputs.add(new Hostile("batch: binary", "POST", "/api/v1/batches", partner, "text/csv",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0 }));
		inputs.add(new Hostile("batch: deep JSON", "POST", "/api/v1/batches", partner, "application/json",
				deep.getBytes(StandardCharsets.US_ASCII)));
		inputs.add(new Hostile("batch: one endless line", "POST", "/api/v1/batches", partner, "text/csv",
				("externalId,name,achievementId\n" + "a,".repeat(500_000)).getBytes(StandardCharsets.US_ASCII)));
		for (String path : new String[] { "/credentials/not-a-uuid", "/credentials/" + "9".repeat(5000),
				"/status/not-a-uuid/revocation", "/status/" + java.util.UUID.randomUUID() + "/token",
				"/achievements/%00", "/partners/" + "a".repeat(3000) + "/did.json", "/api/v1/credentials/not-a-uuid",
				"/api/v1/credentials?page=-1&size=100000", "/api/v1/batches/not-a-uuid/results",
				"/api/v1/admin/audit?partnerId=junk" }) {
			inputs.add(new Hostile("junk id " + path.substring(0, Math.min(30, path.length())), "GET", path,
					path.startsWith("/api/v1/admin") ? admin : partner, "", new byte[0]));
		}
		return inputs;
	}

	private static Hostile json(String name, String[] endpoint, String body) {
		return new Hostile(name, "POST", endpoint[0], endpoint[1], "application/json", body.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void everyHostileInputThen4xxProblemWithinTwoSecondsAndNothingChanges() throws Exception {
		HttpResponse<String> issued = client.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/credentials"))
			.header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(IssuerApi.issueBody("genai-foundations", "Target Learner")))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(issued.statusCode()).isEqualTo(201);
		String id = IssuerApi.JSON.readTree(issued.body()).path("id").asString();

		List<java.lang.management.MemoryPoolMXBean> heap = java.lang.management.ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
			.toList();
		System.gc();
		long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
		heap.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
		for (Hostile input : inputs(id)) {
			long start = System.nanoTime();
			HttpResponse<String> response = send(input);
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			String what = input.name() + " " + input.path().substring(0, Math.min(50, input.path().length()));
			assertThat(response.statusCode()).as(what + ": " + response.body()).isBetween(400, 499);
			assertThat(response.headers().firstValue("Content-Type")).as(what)
				.hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
			assertThat(took).as(what).isLessThan(ANSWER_WITHIN);
		}

		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		assertThat(peak - before).as("heap growth under hostile input, bytes").isLessThan(512L * 1024 * 1024);

		HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/credentials/" + id))
			.header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(IssuerApi.JSON.readTree(after.body()).path("state").asString()).isEqualTo("ISSUED");
	}

	/**
	 * Regressions: a non-ASCII Idempotency-Key answered 500; an encoded slash, a NUL or an 8 KB
	 * header got Tomcat's HTML page. Sent on a raw socket, byte for byte as an attacker would.
	 */
	@Test
	void rawRequestsTomcatOrTheApiRejectThenProblemDocuments() throws Exception {
		String body = IssuerApi.issueBody("genai-foundations", "Raw");
		byte[][] requests = { ("POST /api/v1/credentials HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
				+ IssuerApi.PARTNER_KEY + "\r\nContent-Type: application/json\r\nIdempotency-Key: cl\u00e9-\u4e2d\r\n"
				+ "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body)
			.getBytes(StandardCharsets.UTF_8),
				"GET /credentials/a%2Fb HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
				"GET /credentials/a%00b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
				("GET /.well-known/did.json HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(9000)
						+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII) };
		for (byte[] request : requests) {
			try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
				socket.setSoTimeout(5000);
				socket.getOutputStream().write(request);
				String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				String what = new String(request, 0, 40, StandardCharsets.UTF_8);
				assertThat(answer).as(what).startsWith("HTTP/1.1 4");
				assertThat(answer.toLowerCase(java.util.Locale.ROOT)).as(what).contains("content-type: application/problem+json");
			}
		}
	}

	private HttpResponse<String> send(Hostile input) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + input.path()))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Bearer " + input.key());
		if (input.method().equals("POST")) {
			request.header("Content-Type", input.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(input.body()));
		}
		else {
			request.GET();
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
