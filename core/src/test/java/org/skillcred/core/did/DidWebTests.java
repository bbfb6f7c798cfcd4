package org.skillcred.core.did;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.ECKey;
import org.junit.jupiter.api.Test;
import org.skillcred.core.TestFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DidWebTests {

	@Test
	void fromBaseUrlWhenHostPortAndPathThenEncoded() {
		assertThat(DidWeb.fromBaseUrl(URI.create("https://certs.example.org"))).isEqualTo("did:web:certs.example.org");
		assertThat(DidWeb.fromBaseUrl(URI.create("http://localhost:8080/"))).isEqualTo("did:web:localhost%3A8080");
		assertThat(DidWeb.fromBaseUrl(URI.create("https://example.org/partners/unesco")))
			.isEqualTo("did:web:example.org:partners:unesco");
	}

	@Test
	void documentUrlWhenDidThenWellKnownOrPath() {
		assertThat(DidWeb.documentUrl("did:web:certs.example.org"))
			.isEqualTo(URI.create("https://certs.example.org/.well-known/did.json"));
		assertThat(DidWeb.documentUrl("did:web:example.org:partners:unesco"))
			.isEqualTo(URI.create("https://example.org/partners/unesco/did.json"));
		assertThat(DidWeb.documentUrl("did:web:localhost%3A8080"))
			.isEqualTo(URI.create("http://localhost:8080/.well-known/did.json"));
	}

	@Test
	void documentUrlWhenHostileThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> DidWeb.documentUrl("did:key:z6Mk"));
		assertThatIllegalArgumentException().isThrownBy(() -> DidWeb.documentUrl("did:web:evil.org%2F..%2Fx"));
		assertThatIllegalArgumentException().isThrownBy(() -> DidWeb.documentUrl("did:web:a.org:..:b"));
		assertThatIllegalArgumentException().isThrownBy(() -> DidWeb.documentUrl("did:web:user%40a.org"));
		assertThatIllegalArgumentException().isThrownBy(() -> DidWeb.documentUrl("did:web:a.org#key"));
	}

	@Test
	void didDocumentWhenKeysThenJsonWebKeyMethodsWithoutPrivateParts() {
		ECKey key = TestFixtures.es256Key(TestFixtures.ISSUER_DID);
		Map<String, Object> doc = DidDocument.of(TestFixtures.ISSUER_DID, List.of(key));
		assertThat(doc.get("id")).isEqualTo(TestFixtures.ISSUER_DID);
		assertThat(doc.get("assertionMethod")).isEqualTo(List.of(key.getKeyID(), key.getKeyID() + "-multikey"));
		@SuppressWarnings("unchecked")
		Map<String, Object> method = ((List<Map<String, Object>>) doc.get("verificationMethod")).get(0);
		@SuppressWarnings("unchecked")
		Map<String, Object> multikey = ((List<Map<String, Object>>) doc.get("verificationMethod")).get(1);
		assertThat(multikey.get("type")).isEqualTo("Multikey");
		assertThat(multikey.get("id")).isEqualTo(key.getKeyID() + "-multikey");
		// P-256 public Multikeys start zDn (multicodec 0x1200, compressed point, base58-btc)
		assertThat((String) multikey.get("publicKeyMultibase")).startsWith("zDn").hasSizeBetween(48, 50);
		assertThat(method.get("type")).isEqualTo("JsonWebKey");
		assertThat(method.get("controller")).isEqualTo(TestFixtures.ISSUER_DID);
		@SuppressWarnings("unchecked")
		Map<String, Object> jwk = (Map<String, Object>) method.get("publicKeyJwk");
		assertThat(jwk).containsKeys("kty", "crv", "x", "y").doesNotContainKey("d");
	}


	@Test
	void assertionKeysWhenDocumentBuiltThenEveryKeyReadBack() {
		ECKey first = TestFixtures.es256Key(TestFixtures.ISSUER_DID);
		ECKey second = TestFixtures.es256Key(TestFixtures.ISSUER_DID);
		tools.jackson.databind.JsonNode doc = org.skillcred.core.credential.CredentialJson.defaults()
			.toTree(DidDocument.of(TestFixtures.ISSUER_DID, List.of(first, second)));

		List<com.nimbusds.jose.jwk.JWK> keys = DidDocument.assertionKeys(doc, TestFixtures.ISSUER_DID);

		assertThat(keys).extracting(com.nimbusds.jose.jwk.JWK::getKeyID)
			.containsExactly(first.getKeyID(), second.getKeyID());
		assertThat(keys).allMatch(k -> !k.isPrivate());
		assertThatIllegalArgumentException().isThrownBy(() -> DidDocument.assertionKeys(doc, "did:web:other.example"));
	}

	@Test
	void assertionKeysWhenRelativeIdsEmbeddedOrForeignThenOnlyOwnPublicKeys() {
		String json = "{\"id\":\"did:web:a.example\",\"verificationMethod\":["
				+ "{\"id\":\"#k1\",\"type\":\"JsonWebKey2020\",\"publicKeyJwk\":{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}},"
				+ "{\"id\":\"did:web:evil.example#k2\",\"type\":\"JsonWebKey\",\"publicKeyJwk\":{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}}],"
				+ "\"assertionMethod\":[\"#k1\",\"did:web:evil.example#k2\",\"#missing\","
				+ "{\"id\":\"did:web:a.example#k3\",\"type\":\"JsonWebKey\",\"publicKeyJwk\":{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\",\"d\":\"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A\"}}]}";
		List<com.nimbusds.jose.jwk.JWK> keys = DidDocument
			.assertionKeys(org.skillcred.core.credential.CredentialJson.defaults().read(json), "did:web:a.example");
		assertThat(keys).extracting(com.nimbusds.jose.jwk.JWK::getKeyID).containsExactly("did:web:a.example#k1");
	}


	@Test
	void didDocumentWhenKeyRevokedThenListedButNotForAssertion() {
		ECKey good = TestFixtures.es256Key(TestFixtures.ISSUER_DID);
		com.nimbusds.jose.jwk.JWK bad = TestFixtures.es256Key(TestFixtures.ISSUER_DID)
			.toPublicJWK()
			.toRevokedJWK(new com.nimbusds.jose.jwk.KeyRevocation(new java.util.Date(),
					com.nimbusds.jose.jwk.KeyRevocation.Reason.COMPROMISED));
		Map<String, Object> doc = DidDocument.of(TestFixtures.ISSUER_DID, List.of(good, bad));
		assertThat(doc.get("assertionMethod")).isEqualTo(List.of(good.getKeyID(), good.getKeyID() + "-multikey"));

		List<com.nimbusds.jose.jwk.JWK> read = DidDocument
			.assertionKeys(org.skillcred.core.credential.CredentialJson.defaults().toTree(doc), TestFixtures.ISSUER_DID);
		assertThat(read).extracting(com.nimbusds.jose.jwk.JWK::getKeyID).containsExactly(good.getKeyID(), bad.getKeyID());
		assertThat(read.get(1).getKeyRevocation()).isNotNull();
	}

	/** Base58-btc vectors from the IETF base58 draft (draft-msporny-base58 §5). */
	@Test
	void base58WhenSpecVectorsThenEncodedAsTheDraftSays() {
		assertThat(Multikeys.base58("Hello World!".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
			.isEqualTo("2NEpo7TZRRrLZSi2U");
		assertThat(Multikeys.base58("The quick brown fox jumps over the lazy dog.".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
			.isEqualTo("USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z");
		assertThat(Multikeys.base58(new byte[] { 0, 0, 0x28, 0x7f, (byte) 0xb4, (byte) 0xcd })).isEqualTo("11233QC4");
	}

	/** An Ed25519 Multikey starts z6Mk, as every did:key of that type does. */
	@Test
	void multikeyWhenEd25519ThenZ6Mk() {
		assertThat(Multikeys.publicKeyMultibase(TestFixtures.ed25519Key(TestFixtures.ISSUER_DID))).startsWith("z6Mk");
		assertThat(Multikeys.publicKeyMultibase(TestFixtures.rsaKey(TestFixtures.ISSUER_DID))).startsWith("z");
	}

}
