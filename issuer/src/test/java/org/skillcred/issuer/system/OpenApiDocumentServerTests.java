package org.skillcred.issuer.system;

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
import org.junit.jupiter.api.io.TempDir;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.NodeTools;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issuer's OpenAPI 3.1 document, as client generators see it: every operation has an id, a
 * summary, a description and its problem responses, every path parameter is declared, a standard
 * linter (Redocly CLI, recommended rules, from npm) reports no error, and a client generated from
 * the document alone (openapi-client-axios) calls the running service. Node is required in CI
 * ({@code SKILLCRED_REQUIRE_NODE=true}); elsewhere the npm-based checks are skipped without it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("dev")
class OpenApiDocumentServerTests {

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	private Path document() throws Exception {
		HttpResponse<String> docs = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(docs.statusCode()).isEqualTo(200);
		Path file = dir.resolve("issuer-openapi.json");
		Files.writeString(file, docs.body());
		return file;
	}

	@Test
	void everyOperationDescribedWithParametersAndProblems() throws Exception {
		JsonNode doc = IssuerApi.JSON.readTree(Files.readString(document()));
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
		assertThat(operationIds).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(36);
		assertThat(doc.path("components").path("schemas").path("Problem").path("properties").path("code").path("enum")
			.toString()).contains("UNKNOWN_ACHIEVEMENT", "TOO_MANY_REQUESTS");
	}

	@Test
	void linterFindsNoErrorAndAGeneratedClientCallsTheService() throws Exception {
		NodeTools.requireNode();
		Path spec = document();
		String lint = NodeTools.run(dir, "bash", NodeTools.script("openapi-lint.sh").toString(), spec.toString());
		JsonNode totals = IssuerApi.JSON.readTree(lint.substring(lint.indexOf('{'))).path("totals");
		assertThat(totals.path("errors").asInt(-1)).as(lint).isZero();

		NodeTools.run(dir, "npm", "install", "--silent", "--no-audit", "--no-fund", "openapi-client-axios@7.9.1", "axios@1.21.1");
		Files.copy(NodeTools.script("openapi-client-check.mjs"), dir.resolve("check.mjs"));
		String bearer = "{\"Authorization\":\"Bearer " + IssuerApi.PARTNER_KEY + "\"}";
		Files.writeString(dir.resolve("calls.json"), "[{\"operationId\":\"listAchievements\",\"headers\":" + bearer + "},"
				+ "{\"operationId\":\"issueCredential\",\"headers\":" + bearer + ",\"body\":"
				+ IssuerApi.issueBody("genai-foundations", "Generated Client") + "},"
				+ "{\"operationId\":\"getDidDocument\"},"
				+ "{\"operationId\":\"listCredentials\",\"headers\":{\"Authorization\":\"Bearer wrong\"}}]");
		String[] answers = NodeTools.run(dir, "node", "check.mjs", spec.toString(), "http://localhost:" + port, "calls.json").strip()
			.split("\n");
		assertThat(answers).hasSize(4);
		assertThat(IssuerApi.JSON.readTree(answers[0]).path("status").asInt()).isEqualTo(200);
		JsonNode issued = IssuerApi.JSON.readTree(answers[1]);
		assertThat(issued.path("status").asInt()).as(answers[1]).isEqualTo(201);
		assertThat(issued.path("data").path("credential").asString()).startsWith("ey");
		assertThat(IssuerApi.JSON.readTree(answers[2]).path("status").asInt()).isEqualTo(200);
		assertThat(IssuerApi.JSON.readTree(answers[3]).path("status").asInt()).isEqualTo(401);
	}

}
