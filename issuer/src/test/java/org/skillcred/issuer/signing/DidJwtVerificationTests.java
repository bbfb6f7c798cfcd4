package org.skillcred.issuer.signing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.skillcred.issuer.support.NodeTools;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A common JavaScript stack reads SkillCred credentials: did-jwt (decentralized-identity) verifies
 * an issued credential JWT, finding the issuer from {@code iss} and its key among the DID
 * document's {@code Multikey} methods. (did-jwt-vc's credential check reads VCDM 1.1 only, so a
 * VCDM 2.0 credential is beyond it by design.)
 */
@IssuerIntegrationTest
class DidJwtVerificationTests extends IssuerApiTests {

	@TempDir
	Path dir;

	@Test
	void issuedCredentialWhenCheckedByDidJwtThenSignatureVerifiesThroughMultikey() throws Exception {
		NodeTools.requireNode();
		JsonNode issued = IssuerApi.json(api.issue(IssuerApi.PARTNER_KEY, IssuerApi.issueBody("genai-foundations", "Did Jwt")));
		Files.writeString(dir.resolve("cred.jwt"), issued.path("credential").asString());
		Files.writeString(dir.resolve("did.json"), api.perform(get("/.well-known/did.json")).getResponse().getContentAsString());
		Files.writeString(dir.resolve("tampered.jwt"), tamper(issued.path("credential").asString()));
		NodeTools.run(dir, "npm", "install", "--silent", "--no-audit", "--no-fund", "did-jwt@8.0.18", "did-jwt-vc@4.0.16");
		Files.copy(NodeTools.script("did-jwt-check.mjs"), dir.resolve("check.mjs"));

		JsonNode genuine = IssuerApi.JSON.readTree(NodeTools.run(dir, "node", "check.mjs", "did.json", "cred.jwt").split("\n")[0]);
		assertThat(genuine.path("ok").asBoolean()).as(genuine.toString()).isTrue();
		assertThat(genuine.path("type").asString()).isEqualTo("Multikey");
		assertThat(genuine.path("signer").asString()).startsWith(IssuerApi.ISSUER_DID + "#");

		JsonNode tampered = IssuerApi.JSON.readTree(NodeTools.run(dir, "node", "check.mjs", "did.json", "tampered.jwt")
			.split("\n")[0]);
		assertThat(tampered.path("ok").asBoolean()).as(tampered.toString()).isFalse();
	}

	/** The same credential with a changed learner name: the signature no longer matches. */
	private static String tamper(String jwt) {
		String[] parts = jwt.split("\\.");
		String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
			.replace("Did Jwt", "Eve Forged");
		return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
	}

}
