package org.skillcred.verifier.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.skillcred.verifier.support.NodeTools;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier's OpenAPI 3.1 document (what employers' HR systems integrate from), as client generators see it: every operation has an id, a
 * summary, a description and its problem responses, every path parameter is declared, a standard
 * linter (Redocly CLI, recommended rules, from npm) reports no error, and a client generated from
 * the document alone (openapi-client-axios) calls the running service. Node is required in CI
 * ({@code SKILLCRED_REQUIRE_NODE=true}); elsewhere the npm-based checks are skipped without it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
class OpenApiDocumentServerTests {

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	private Path document() throws Exception {
		HttpResponse<String> docs = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(docs.statusCode()).isEqualTo(200);
		Path file = dir.resolve("verifier-openapi.json");
		Files.writeString(file, docs.body());
		return file;
	}

	@Test
	void everyOperationDescribedWithParametersAndProblems() throws Exception {
		JsonNode doc = JSON.readTree(Files.readString(document()));
		assertThat(doc.path("openapi").asString()).startsWith("3.1");
		List<String> operationIds = new ArrayList<>();
		for (var path : doc.path("paths").properties()) {
			for (var method : path.getValue().properties()) {
				JsonNode operation = method.getValue();
				String what = method.getKey() + " " + path.getKey();
				assertThat(operation.path("operationId").asString()).as(what).isNotBlank();
				assertThat(operation.path("summary").asString()).as(what).isNotBlank();
				assertThat(operation.path("description").asString()).as(what).isNotBlank();
				assertThat(operation.path("responses").propertyNames()).as(what).anyMatch(status -> status.startsWith("4"));
				operationIds.add(operation.path("operationId").asString());
				Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
				while (parameter.find()) {
					String name = parameter.group(1);
					assertThat(operation.path("parameters").valueStream()
						.anyMatch(p -> p.path("in").asString().equals("path") && p.path("name").asString().equals(name)))
						.as(what + " declares {" + name + "}")
						.isTrue();
				}
			}
		}
		assertThat(operationIds).doesNotHaveDuplicates().contains("verifyCredential", "vcApiVerify");
	}

	@Test
	void linterFindsNoErrorAndAGeneratedClientCallsTheService() throws Exception {
		NodeTools.requireNode();
		Path spec = document();
		String lint = NodeTools.run(dir, "bash", Path.of("..", "scripts", "openapi-lint.sh").toAbsolutePath().normalize().toString(),
				spec.toString());
		JsonNode totals = JSON.readTree(lint.substring(lint.indexOf('{'))).path("totals");
		assertThat(totals.path("errors").asInt(-1)).as(lint).isZero();

		NodeTools.run(dir, "npm", "install", "--silent", "--no-audit", "--no-fund", "openapi-client-axios@7.9.1", "axios@1.21.1");
		Files.copy(Path.of("..", "scripts", "openapi-client-check.mjs"), dir.resolve("check.mjs"));
		Files.writeString(dir.resolve("calls.json"), "[{\"operationId\":\"verifyCredential\",\"body\":{\"credential\":\"eyJhbGciOiJub25lIn0.e30.\"}},"
				+ "{\"operationId\":\"vcApiVerify\",\"body\":{\"verifiableCredential\":{\"type\":\"Other\"}}}]");
		String[] answers = NodeTools.run(dir, "node", "check.mjs", spec.toString(), "http://localhost:" + port, "calls.json").strip()
			.split("\n");
		assertThat(answers).hasSize(2);
		JsonNode report = JSON.readTree(answers[0]);
		assertThat(report.path("status").asInt()).as(answers[0]).isEqualTo(200);
		assertThat(report.path("data").path("verdict").asString()).isEqualTo("INVALID");
		assertThat(JSON.readTree(answers[1]).path("status").asInt()).as(answers[1]).isEqualTo(400);
	}

}
