package org.skillcred.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The issuer's batch API over HTTP. */
final class BatchClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final URI issuer;

	private final String apiKey;

	BatchClient(URI issuer, String apiKey) {
		this.issuer = issuer;
		this.apiKey = apiKey;
	}

	/** An answer: its status and JSON body (a batch or a problem document). */
	record Answer(int status, JsonNode body) {

		boolean ok() {
			return status >= 200 && status < 300;
		}

	}

	Answer upload(Path file, boolean allOrNothing) throws IOException, InterruptedException {
		String type = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
				? "application/json" : "text/csv; charset=utf-8";
		HttpRequest request = authorized("/api/v1/batches?allOrNothing=" + allOrNothing)
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofFile(file))
			.timeout(Duration.ofMinutes(5))
			.build();
		return answer(http.send(request, HttpResponse.BodyHandlers.ofString()));
	}

	Answer batch(String id) throws IOException, InterruptedException {
		return answer(http.send(authorized("/api/v1/batches/" + id).GET().timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString()));
	}

	/**
	 * Saves the results CSV: downloaded beside the target and moved into place only when complete,
	 * so an earlier results file is never left half overwritten or replaced by an error page.
	 * @return the HTTP status
	 */
	int results(String id, Path to) throws IOException, InterruptedException {
		Path absolute = to.toAbsolutePath();
		Path partial = Files.createTempFile(absolute.getParent(), ".results-", ".part");
		try {
			HttpResponse<Path> response = http.send(authorized("/api/v1/batches/" + id + "/results").GET()
				.timeout(Duration.ofMinutes(10))
				.build(), HttpResponse.BodyHandlers.ofFile(partial, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING));
			if (response.statusCode() == 200) {
				Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
			return response.statusCode();
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** The issuer's own path is kept: {@code https://host/skillcred} calls {@code https://host/skillcred/api/…}. */
	private HttpRequest.Builder authorized(String path) {
		return HttpRequest.newBuilder(URI.create(issuer + path)).header("Authorization", "Bearer " + apiKey);
	}

	private static Answer answer(HttpResponse<String> response) {
		JsonNode body;
		try {
			body = JSON.readTree(response.body());
		}
		catch (RuntimeException ex) {
			body = JSON.createObjectNode().put("detail", "The issuer answered HTTP " + response.statusCode()
					+ " with something that is not JSON.");
		}
		return new Answer(response.statusCode(), body);
	}

}
