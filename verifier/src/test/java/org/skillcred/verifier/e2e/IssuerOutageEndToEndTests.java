package org.skillcred.verifier.e2e;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.skillcred.verifier.support.IssuerProcess;
import org.skillcred.verifier.support.VerifierIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The real issuer is killed: printed QR codes and shared credentials keep verifying from the last
 * status lists it signed, saying how old the status is, and a revocation made before the outage
 * still counts. What was never seen before the outage cannot be confirmed.
 */
@VerifierIntegrationTest
class IssuerOutageEndToEndTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static IssuerProcess issuer;

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void startIssuer(DynamicPropertyRegistry registry) throws Exception {
		Path jar = IssuerProcess.jar()
			.orElseThrow(() -> new IllegalStateException("Build the issuer first; its jar is needed here"));
		issuer = IssuerProcess.start(jar);
		Path trust = issuer.trustFile();
		registry.add("verifier.trust.list.location", () -> "file:" + trust);
	}

	@AfterAll
	static void stopIssuer() {
		if (issuer != null) {
			issuer.close();
		}
	}

	private JsonNode byLink(JsonNode issued) throws Exception {
		String path = URI.create(issued.path("links").path("verify").asString()).getPath();
		return JSON.readTree(mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private JsonNode byToken(JsonNode issued) throws Exception {
		return JSON.readTree(mvc.perform(post("/api/v1/verify").contentType(MediaType.APPLICATION_JSON)
			.content("{\"credential\":\"" + issued.path("credential").asString() + "\"}"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static JsonNode status(JsonNode report) {
		for (JsonNode check : report.path("checks")) {
			if (check.path("name").asString().equals("STATUS")) {
				return check;
			}
		}
		throw new AssertionError("no status check in " + report);
	}

	@Test
	void issuerKilledThenLinksAndCredentialsVerifyFromLastSignedListsWithTheirAge() throws Exception {
		JsonNode printed = issuer.issue("genai-foundations", "Amina Yusuf");
		JsonNode revoked = issuer.issue("genai-foundations", "Mallory Withdrawn");
		JsonNode neverSeen = issuer.issue("genai-foundations", "Nadia Haddad");
		issuer.change(revoked.path("id").asString(), "revoke");
		assertThat(byLink(printed).path("verdict").asString()).isEqualTo("VALID");
		assertThat(byLink(revoked).path("verdict").asString()).isEqualTo("INVALID");

		issuer.kill();

		JsonNode scanned = byLink(printed);
		assertThat(scanned.path("verdict").asString()).as(scanned.toString()).isEqualTo("VALID");
		assertThat(status(scanned).path("asOf").asString()).as("the answer says how old the status is").isNotEmpty();
		assertThat(byLink(revoked).path("verdict").asString()).as("revoked before the outage: still revoked")
			.isEqualTo("INVALID");
		JsonNode shared = byToken(neverSeen);
		assertThat(shared.path("verdict").asString()).as("same status list, signed before the outage").isEqualTo("VALID");
		assertThat(status(shared).path("asOf").asString()).isNotEmpty();
		assertThat(byLink(neverSeen).path("verdict").asString()).as("a link never resolved before cannot be")
			.isEqualTo("INDETERMINATE");
		String page = mvc.perform(get(URI.create(printed.path("links").path("verify").asString()).getPath())
			.accept(MediaType.TEXT_HTML).header("Accept-Language", "fr")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("card verdict VALID").contains("Statut au");
	}

}
