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
		assertThat(doc.get("assertionMethod")).isEqualTo(List.of(key.getKeyID()));
		@SuppressWarnings("unchecked")
		Map<String, Object> method = ((List<Map<String, Object>>) doc.get("verificationMethod")).get(0);
		assertThat(method.get("type")).isEqualTo("JsonWebKey");
		assertThat(method.get("controller")).isEqualTo(TestFixtures.ISSUER_DID);
		@SuppressWarnings("unchecked")
		Map<String, Object> jwk = (Map<String, Object>) method.get("publicKeyJwk");
		assertThat(jwk).containsKeys("kty", "crv", "x", "y").doesNotContainKey("d");
	}

}
