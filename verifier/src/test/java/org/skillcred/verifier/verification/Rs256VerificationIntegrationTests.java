package org.skillcred.verifier.verification;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.nimbusds.jose.JWSObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.skillcred.verifier.support.FakeIssuer;
import org.skillcred.verifier.support.VerifierIntegrationTest;
import org.skillcred.verifier.support.VerifierIntegrationTest.TrustFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * RS256, the algorithm 1EdTech names as the minimum every Open Badges 3.0 system handles: accepted
 * from an issuer whose trust-list entry allows it, refused from one whose entry does not.
 */
@VerifierIntegrationTest
class Rs256VerificationIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final FakeIssuer allowed = start();

	private static final FakeIssuer notAllowed = start();

	@Autowired
	MockMvc mvc;

	private static FakeIssuer start() {
		try {
			FakeIssuer issuer = new FakeIssuer();
			issuer.rotateToRsaKey();
			return issuer;
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void trustList(DynamicPropertyRegistry registry) throws Exception {
		Path file = TrustFile.write(Files.createTempFile("trusted-issuers", ".yml"),
				TrustFile.entry(allowed.did(), "rsa", "RSA Academy", "RS256"),
				TrustFile.entry(notAllowed.did(), "ecdsa-only", "ECDSA Academy", "ES256"));
		registry.add("verifier.trust.list.location", () -> "file:" + file);
	}

	@AfterAll
	static void stop() {
		allowed.close();
		notAllowed.close();
	}

	private JsonNode verify(String jwt) throws Exception {
		return JSON.readTree(mvc.perform(post("/api/v1/verify").contentType(MediaType.APPLICATION_JSON)
			.content("{\"credential\":\"" + jwt + "\"}")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void rs256WhenTrustListAllowsItThenValidOtherwiseRefused() throws Exception {
		String jwt = allowed.issue(UUID.randomUUID(), 7L);
		assertThat(JWSObject.parse(jwt).getHeader().getAlgorithm().getName()).isEqualTo("RS256");
		assertThat(verify(jwt).path("verdict").asString()).isEqualTo("VALID");

		JsonNode refused = verify(notAllowed.issue(UUID.randomUUID(), 7L));
		assertThat(refused.path("verdict").asString()).isEqualTo("INVALID");
		assertThat(refused.toString()).contains("ALGORITHM_NOT_ALLOWED");
	}

}
