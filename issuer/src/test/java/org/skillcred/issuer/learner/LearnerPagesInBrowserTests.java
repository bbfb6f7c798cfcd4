package org.skillcred.issuer.learner;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.NodeTools;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learner page and the issuer's error pages as people see them: in headless Chromium at phone
 * width, in the language asked for, with no WCAG 2.2 A/AA violation that axe-core finds.
 * Screenshots go to {@code target/page-screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"issuer.rate-limits.enabled=false" })
@ActiveProfiles("dev")
class LearnerPagesInBrowserTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private String base() {
		return "http://localhost:" + port;
	}

	private JsonNode call(String method, String path, String body) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
		return IssuerApi.JSON.readTree(response.body());
	}

	private String learnerPath(String language, String name) throws Exception {
		JsonNode issued = call("POST", "/api/v1/credentials", "{\"achievementId\":\"ai-practitioner-advanced\","
				+ "\"recipient\":{\"name\":\"" + name + "\"},\"language\":\"" + language + "\"}");
		return URI.create(issued.path("links").path("learner").asString()).getPath() + "|" + issued.path("id").asString();
	}

	private Map<String, Object> page(String name, String path, String language) {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("name", name);
		page.put("url", base() + path);
		page.put("width", 390);
		page.put("height", 844);
		page.put("acceptLanguage", language);
		return page;
	}

	@Test
	void learnerAndErrorPagesAreAccessibleInTheirLanguage() throws Exception {
		NodeTools.requireBrowser();
		String[] english = learnerPath("en", "Amina Yusuf").split("\\|");
		String[] arabic = learnerPath("ar", "نادية حداد").split("\\|");
		call("POST", "/api/v1/credentials/" + arabic[1] + "/suspend", "{\"reason\":\"Exam result under review\"}");
		String[] swahili = learnerPath("sw", "Wanjiru Kamau").split("\\|");

		List<Map<String, Object>> pages = new ArrayList<>();
		pages.add(page("learner-en", english[0], "en"));
		pages.add(page("learner-suspended-ar", arabic[0], "ar"));
		pages.add(page("learner-sw", swahili[0], "sw"));
		pages.add(page("learner-fr", swahili[0] + "?lang=fr", "sw"));
		pages.add(page("dead-link-pt", "/learn/" + "A".repeat(43), "pt-BR,pt"));

		Path dir = Files.createTempDirectory("pages");
		NodeTools.run(dir, "npm", "install", "--silent", "--no-audit", "--no-fund", "playwright-core@1.65.1",
				"axe-core@4.14.1");
		Files.copy(NodeTools.script("page-check.mjs"), dir.resolve("page-check.mjs"));
		Files.writeString(dir.resolve("pages.json"), IssuerApi.JSON.writeValueAsString(pages));
		Path shots = Files.createDirectories(Path.of("target", "page-screenshots")).toAbsolutePath();
		String[] lines = NodeTools.run(dir, "node", "page-check.mjs", "pages.json", shots.toString()).strip().split("\n");

		assertThat(lines).hasSize(pages.size());
		for (String line : lines) {
			JsonNode report = IssuerApi.JSON.readTree(line);
			String name = report.path("name").asString();
			String language = name.substring(name.lastIndexOf('-') + 1);
			assertThat(report.path("violations")).as(name + ": WCAG 2.2 A/AA violations").isEmpty();
			assertThat(report.path("lang").asString()).as(name).isEqualTo(language);
			assertThat(report.path("contentLanguage").asString()).as(name).isEqualTo(language);
			assertThat(report.path("dir").asString()).as(name).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
			assertThat(report.path("status").asInt()).as(name).isEqualTo(name.startsWith("dead") ? 404 : 200);
		}
	}

}
