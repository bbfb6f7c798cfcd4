package org.skillcred.verifier.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.skillcred.verifier.support.FakeIssuer;
import org.skillcred.verifier.support.NodeTools;
import org.skillcred.verifier.support.VerifierIntegrationTest.TrustFile;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier's pages as people see them: in headless Chromium at phone width, every outcome in
 * several languages (Arabic right to left), the home page and an error page. Each page is in the
 * language asked for, has no WCAG 2.2 A/AA violation that axe-core finds, and a result page shows
 * its verdict and reason on the first screen. Screenshots go to {@code target/page-screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "verifier.status.max-cache-age=0s", "verifier.trust.keys.rate-limit=1ms",
				"verifier.rate-limits.enabled=false" })
@ActiveProfiles("dev")
class PagesInBrowserTests {

	static final FakeIssuer issuer = FakeIssuer.started();

	static final FakeIssuer downIssuer = FakeIssuer.started();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void trustList(DynamicPropertyRegistry registry) throws Exception {
		downIssuer.setUp(false);
		var file = TrustFile.write(Files.createTempFile("trusted-issuers", ".yml"),
				TrustFile.entry(issuer.did(), "fake", "Fake Academy"), TrustFile.entry(downIssuer.did(), "down", "Offline Academy"));
		registry.add("verifier.trust.list.location", () -> "file:" + file);
	}

	@AfterAll
	static void stop() {
		issuer.close();
		downIssuer.close();
	}

	private Map<String, Object> page(String name, String path, String language, boolean result) {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("name", name);
		page.put("url", "http://localhost:" + port + path);
		page.put("width", 390);
		page.put("height", 844);
		page.put("acceptLanguage", language);
		if (result) {
			page.put("firstScreen", ".verdict");
		}
		return page;
	}

	@Test
	void everyOutcomeInSeveralLanguagesIsAccessibleAndAnswersOnTheFirstScreen() throws Exception {
		NodeTools.requireBrowser();
		UUID valid = UUID.randomUUID();
		issuer.issue(valid, 21L);
		UUID revoked = UUID.randomUUID();
		issuer.issue(revoked, 22L);
		issuer.revoke(22);
		UUID suspended = UUID.randomUUID();
		issuer.issue(suspended, 23L);
		issuer.suspend(23, true);
		UUID expired = UUID.randomUUID();
		issuer.issue(issuer.credential(expired, Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-03-01T00:00:00Z"),
				null));

		List<Map<String, Object>> pages = new ArrayList<>();
		for (String language : List.of("en", "ar", "fr", "zh", "pt", "sw")) {
			pages.add(page("valid-" + language, "/v/fake/" + valid, language, true));
			pages.add(page("revoked-" + language, "/v/fake/" + revoked, language, true));
		}
		pages.add(page("suspended-ar", "/v/fake/" + suspended, "ar", true));
		pages.add(page("suspended-en", "/v/fake/" + suspended, "en", true));
		pages.add(page("expired-ru", "/v/fake/" + expired, "ru", true));
		pages.add(page("not-found-es", "/v/fake/" + UUID.randomUUID(), "es", true));
		pages.add(page("unconfirmed-en", "/v/down/" + UUID.randomUUID(), "en", true));
		pages.add(page("home-sw", "/", "sw", false));
		pages.add(page("home-ar", "/", "ar", false));
		pages.add(page("error-pt", "/no-such-page", "pt", false));

		Path dir = Files.createTempDirectory("pages");
		NodeTools.run(dir, "npm", "install", "--silent", "--no-audit", "--no-fund", "playwright-core@1.65.1",
				"axe-core@4.14.1");
		Files.copy(NodeTools.script("page-check.mjs"), dir.resolve("page-check.mjs"));
		Files.writeString(dir.resolve("pages.json"), JSON.writeValueAsString(pages));
		Path shots = Files.createDirectories(Path.of("target", "page-screenshots")).toAbsolutePath();
		String[] lines = NodeTools.run(dir, "node", "page-check.mjs", "pages.json", shots.toString()).strip().split("\n");

		assertThat(lines).as("one report per page").hasSize(pages.size());
		for (String line : lines) {
			JsonNode report = JSON.readTree(line);
			String name = report.path("name").asString();
			String language = name.substring(name.lastIndexOf('-') + 1);
			assertThat(report.path("violations")).as(name + ": WCAG 2.2 A/AA violations").isEmpty();
			assertThat(report.path("lang").asString()).as(name).isEqualTo(language);
			assertThat(report.path("contentLanguage").asString()).as(name).isEqualTo(language);
			assertThat(report.path("dir").asString()).as(name).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
			if (!report.path("firstScreen").isNull()) {
				assertThat(report.path("firstScreen").asBoolean()).as(name + ": verdict and reason on the first screen")
					.isTrue();
			}
			assertThat(report.path("status").asInt()).as(name).isEqualTo(name.startsWith("error") ? 404 : 200);
		}
		assertThat(shots.resolve("revoked-ar.png")).isNotEmptyFile();
	}

}
