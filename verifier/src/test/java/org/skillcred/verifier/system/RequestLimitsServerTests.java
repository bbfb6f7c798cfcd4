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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
class RequestLimitsServerTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void uploadOverLimitThen413Problem() throws Exception {
		byte[] file = new byte[7 * 1024 * 1024];
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

}
