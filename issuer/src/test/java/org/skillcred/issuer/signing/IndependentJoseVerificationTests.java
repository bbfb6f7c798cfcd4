package org.skillcred.issuer.signing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwa.AlgorithmConstraints;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What the issuer signs verifies with a second, independent JOSE implementation (jose4j), from
 * the published documents alone: the JWKS, and the DID document's JsonWebKey methods. The kid in
 * the header picks the key, as any JOSE library would.
 */
@IssuerIntegrationTest
class IndependentJoseVerificationTests extends IssuerApiTests {

	@ParameterizedTest
	@ValueSource(strings = { "genai-foundations", "public-sector-ai-governance", "ai-practitioner-advanced" })
	void issuedCredentialWhenCheckedByJose4jFromJwksAndDidDocumentThenSignatureVerifies(String achievement)
			throws Exception {
		JsonNode issued = IssuerApi.json(api.issue(IssuerApi.PARTNER_KEY, IssuerApi.issueBody(achievement, "Jose Learner")));
		String jwt = issued.path("credential").asString();

		JsonWebKeySet jwks = new JsonWebKeySet(api.perform(get("/.well-known/jwks.json")).getResponse().getContentAsString());
		assertThat(verify(jwt, jwks.getJsonWebKeys())).isTrue();

		JsonNode did = IssuerApi.json(api.perform(get("/.well-known/did.json")));
		List<JsonWebKey> fromDid = new ArrayList<>();
		for (JsonNode method : did.path("verificationMethod")) {
			if (method.path("type").asString().equals("JsonWebKey")) {
				@SuppressWarnings("unchecked")
				Map<String, Object> members = IssuerApi.JSON.convertValue(method.path("publicKeyJwk"), Map.class);
				JsonWebKey key = JsonWebKey.Factory.newJwk(members);
				key.setKeyId(method.path("id").asString());
				fromDid.add(key);
			}
		}
		assertThat(verify(jwt, fromDid)).isTrue();

		String[] parts = jwt.split("\\.");
		String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
		assertThat(verify(tampered, jwks.getJsonWebKeys())).isFalse();
	}

	private static boolean verify(String compact, List<JsonWebKey> keys) throws Exception {
		JsonWebSignature jws = new JsonWebSignature();
		jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "ES256",
				"EdDSA", "RS256", "PS256"));
		jws.setCompactSerialization(compact);
		String kid = jws.getKeyIdHeaderValue();
		JsonWebKey key = keys.stream().filter(k -> kid.equals(k.getKeyId())).findFirst().orElseThrow();
		jws.setKey(key.getKey());
		if (!jws.verifySignature()) {
			return false;
		}
		JsonNode payload = IssuerApi.JSON.readTree(jws.getPayload());
		return payload.path("iss").asString().equals(payload.path("issuer").path("id").asString());
	}

}
