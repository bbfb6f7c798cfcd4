package org.skillcred.core.jose;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.junit.jupiter.api.Test;
import org.skillcred.core.TestFixtures;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.credential.OpenBadgeCredential;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CredentialSignerTests {

	private final ECKey key = TestFixtures.es256Key(TestFixtures.ISSUER_DID);

	private final OpenBadgeCredential credential = TestFixtures.credential();

	@Test
	void signWhenVcJwtThenHeaderAndPayloadFollowVcJoseCose() throws Exception {
		String jwt = new CredentialSigner(key, key.getKeyID()).sign(credential, JwtProfile.VC_JWT);
		JWSObject jws = JWSObject.parse(jwt);

		assertThat(jws.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
		assertThat(jws.getHeader().getType()).isEqualTo(new JOSEObjectType("vc+jwt"));
		assertThat(jws.getHeader().getContentType()).isEqualTo("vc");
		assertThat(jws.getHeader().getKeyID()).startsWith(TestFixtures.ISSUER_DID + "#");
		assertThat(jws.getHeader().getJWK()).isNull();
		JsonNode payload = CredentialJson.defaults().read(jws.getPayload().toString());
		assertThat(payload.has("vc")).isFalse();
		assertThat(payload.path("iss").asString()).as("iss, as VC-JOSE-COSE allows, for JWT libraries")
			.isEqualTo(credential.issuer().id());
		assertThat(payload.path("id").asString()).isEqualTo(credential.id());
		assertThat(jws.verify(JoseCrypto.verifier(key))).isTrue();
	}

	@Test
	void signWhenOb3ThenRegisteredClaimsMirrorCredential() throws Exception {
		String jwt = new CredentialSigner(key, key.getKeyID()).sign(credential, JwtProfile.OB3_JWT);
		JWSObject jws = JWSObject.parse(jwt);

		assertThat(jws.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
		assertThat(jws.getHeader().getContentType()).isNull();
		JsonNode payload = CredentialJson.defaults().read(jws.getPayload().toString());
		assertThat(payload.path("iss").asString()).isEqualTo(TestFixtures.ISSUER_DID);
		assertThat(payload.path("jti").asString()).isEqualTo(credential.id());
		assertThat(payload.path("sub").asString()).isEqualTo(credential.credentialSubject().id());
		assertThat(payload.path("nbf").asLong()).isEqualTo(credential.validFrom().getEpochSecond());
		assertThat(payload.path("exp").asLong()).isEqualTo(credential.validUntil().getEpochSecond());
		assertThat(payload.path("type").get(1).asString()).isEqualTo("OpenBadgeCredential");
	}

	@Test
	void signWhenEd25519ThenEdDsa() throws Exception {
		OctetKeyPair ed = TestFixtures.ed25519Key(TestFixtures.ISSUER_DID);
		String jwt = new CredentialSigner(ed, ed.getKeyID()).sign(credential, JwtProfile.VC_JWT);
		JWSObject jws = JWSObject.parse(jwt);
		assertThat(jws.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.EdDSA);
		assertThat(jws.verify(JoseCrypto.verifier(ed.toPublicJWK()))).isTrue();
	}

	@Test
	void signWhenLegacyProfileOrPublicKeyThenRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CredentialSigner(key, key.getKeyID()).sign(credential, JwtProfile.LEGACY_VC_JWT));
		assertThatIllegalArgumentException().isThrownBy(() -> new CredentialSigner(key.toPublicJWK(), "x"));
	}

	@Test
	void fitsWhenKeyTypeDoesNotMatchAlgorithmThenFalse() {
		assertThat(JoseCrypto.fits(key, JWSAlgorithm.ES256)).isTrue();
		assertThat(JoseCrypto.fits(key, JWSAlgorithm.RS256)).isFalse();
		assertThat(JoseCrypto.fits(key, JWSAlgorithm.EdDSA)).isFalse();
		assertThat(JoseCrypto.fits(key, JWSAlgorithm.HS256)).isFalse();
	}

}
