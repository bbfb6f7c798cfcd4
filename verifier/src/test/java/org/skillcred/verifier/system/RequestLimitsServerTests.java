package org.skillcred.verifier.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Size limits as a real servlet container enforces them: oversized uploads and bodies get 413
 * problem documents, whether or not they announce their length.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "verifier.rate-limits.link-lookups-per-minute=5",
				"verifier.rate-limits.client-address-header=X-Forwarded-For", "verifier.rate-limits.trusted-proxies=127.0.0.1" })
@ActiveProfiles("dev")
class RequestLimitsServerTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void uploadOverLimitThen413Problem() throws Exception {
		byte[] file = new byte[27 * 1024 * 1024]; // phone photos up to 25 MB are welcome
		new Random(1).nextBytes(file);
		String boundary = "----skillcred";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes();
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
		byte[] body = new byte[head.length + file.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(file, 0, body, head.length, file.length);
		System.arraycopy(tail, 0, body, head.length + file.length, tail.length);

		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/verify"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(response.body()).contains("PAYLOAD_TOO_LARGE");
	}

	@Test
	void chunkedJsonBodyOverLimitThen413Problem() throws Exception {
		String huge = "{\"credential\":\"" + "a".repeat(7 * 1024 * 1024) + "\"}";
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/verify"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes())))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("PAYLOAD_TOO_LARGE");
	}

	@Test
	void unknownPathAndGarbageAcceptThenProblemNot500() throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v/skillcred/x"))
			.header("Accept", "this is not a media type")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isLessThan(500);
		HttpResponse<String> missing = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/%2e%2e/etc/passwd"))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isBetween(400, 404);
	}

	/** Regression: a 3 MB form posted to the home page answered 500. */
	@Test
	void formTooLargeToParseThen413ProblemOrPage() throws Exception {
		String form = "text=" + "a".repeat(3_000_000);
		for (String accept : new String[] { "*/*", "text/html" }) {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", accept)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(accept).isEqualTo(413);
		}
	}

	/**
	 * Regression: requests Tomcat rejects before the application (encoded slash, NUL, an 8 KB
	 * header) got Tomcat's HTML page; {@code /error} called directly answered 500.
	 */
	@Test
	void containerRejectionsAndErrorPathThenProblemDocuments() throws Exception {
		java.util.List<HttpRequest> requests = java.util.List.of(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v/a%2Fb/x")).GET().build(),
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v/a%00b/x")).GET().build(),
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).header("X-Big", "a".repeat(9000)).GET().build(),
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error")).GET().build());
		for (HttpRequest request : requests) {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(request.uri().toString()).isBetween(400, 404);
			assertThat(response.headers().firstValue("Content-Type")).as(request.uri().toString())
				.hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		}
	}

	@Test
	void pagesSendSecurityHeadersAndMetricsArePrivate() throws Exception {
		HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("'unsafe-eval'"));
		assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(home.body()).doesNotContain("<script>");
		HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/actuator/prometheus")).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).as("off without a metrics token").isEqualTo(404);
	}

	/** Over a limit, an API client gets a problem document and a browser a page in its language. */
	@Test
	void rateLimitedThen429ProblemOrPageWithRetryAfter() throws Exception {
		for (int i = 0; i < 5; i++) {
			client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v/nobody/" + java.util.UUID.randomUUID()))
				.header("X-Forwarded-For", "203.0.113.60")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v/nobody/"
				+ java.util.UUID.randomUUID())).header("X-Forwarded-For", "203.0.113.60").header("Accept", "application/json").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(429);
		assertThat(api.headers().firstValue("Retry-After")).isPresent();
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(api.body()).contains("TOO_MANY_REQUESTS");
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v/nobody/"
				+ java.util.UUID.randomUUID())).header("X-Forwarded-For", "203.0.113.60").header("Accept", "text/html")
			.header("Accept-Language", "fr").GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.body()).contains("Trop de vérifications").contains("lang=\"fr\"");
		HttpResponse<String> other = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v/nobody/"
				+ java.util.UUID.randomUUID())).header("X-Forwarded-For", "203.0.113.61").header("Accept", "application/json").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(other.statusCode()).as("another client keeps working").isEqualTo(200);
	}

}
