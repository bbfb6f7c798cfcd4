package org.skillcred.issuer.signing;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The published DID document and JWKS: every key, public parts only, cacheable.
 */
@IssuerIntegrationTest
class KeyDocumentsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SigningKeyRegistry registry;

	@Test
	void jwksWhenFetchedThenPublicKeysOnlyWithDidUrlKids() throws Exception {
		MvcResult result = new IssuerApi(mvc).perform(get("/.well-known/jwks.json"));
		String body = result.getResponse().getContentAsString();

		assertThat(result.getResponse().getHeader("Cache-Control")).contains("max-age=300").contains("public");
		JWKSet set = JWKSet.parse(body);
		assertThat(set.getKeys()).hasSize(2);
		for (JWK key : set.getKeys()) {
			assertThat(key.isPrivate()).isFalse();
			assertThat(key.getKeyID()).startsWith(IssuerApi.ISSUER_DID + "#");
			assertThat(key.getAlgorithm()).isNotNull();
		}
		assertThat(body).doesNotContain("\"d\"").doesNotContain("\"p\"");
		assertThat(set.getKeyByKeyId(registry.activeSigner().keyId())).isNotNull();
	}

	@Test
	void didDocumentWhenFetchedThenAllKeysAsJsonWebKeyAssertionMethods() throws Exception {
		JsonNode doc = IssuerApi.json(new IssuerApi(mvc).perform(get("/.well-known/did.json")));

		assertThat(doc.path("id").asString()).isEqualTo(IssuerApi.ISSUER_DID);
		// each key twice: as JsonWebKey (VC-JOSE-COSE) and as Multikey (for resolvers such as did-jwt)
		assertThat(doc.path("verificationMethod").size()).isEqualTo(4);
		assertThat(doc.path("assertionMethod").size()).isEqualTo(4);
		int jsonWebKeys = 0;
		for (JsonNode method : doc.path("verificationMethod")) {
			assertThat(method.path("type").asString()).isIn("JsonWebKey", "Multikey");
			assertThat(method.path("controller").asString()).isEqualTo(IssuerApi.ISSUER_DID);
			assertThat(method.path("publicKeyJwk").has("d")).isFalse();
			if (method.path("type").asString().equals("Multikey")) {
				assertThat(method.path("publicKeyMultibase").asString()).matches("z(Dn|6Mk).*");
			}
			else {
				jsonWebKeys++;
			}
		}
		assertThat(jsonWebKeys).isEqualTo(2);
		assertThat(doc.path("@context").toString()).contains("https://w3id.org/security/multikey/v1");
		assertThat(doc.toString()).contains("\"crv\":\"Ed25519\"").contains("\"crv\":\"P-256\"");
	}

}
