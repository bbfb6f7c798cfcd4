package org.skillcred.core.verification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.skillcred.core.TestFixtures;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.credential.OpenBadgeCredential;
import org.skillcred.core.credential.StatusEntry;
import org.skillcred.core.jose.CredentialSigner;
import org.skillcred.core.jose.JoseCrypto;
import org.skillcred.core.jose.JwtProfile;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialVerifierTests {

	private static final String DID = TestFixtures.ISSUER_DID;

	private final ECKey es256 = TestFixtures.es256Key(DID);

	private final OctetKeyPair ed25519 = TestFixtures.ed25519Key(DID);

	private final RSAKey rsa = TestFixtures.rsaKey(DID);

	private final Clock clock = Clock.fixed(TestFixtures.NOW, ZoneOffset.UTC);

	private final VerificationPolicy policy = VerificationPolicy.defaults()
		.withAlgorithms(TestFixtures.trustedIssuer().algorithms());

	private final IssuerKeySource keys = StaticIssuerKeySource.of(TestFixtures.trustedIssuer(),
			TestFixtures.publicKeys(es256, ed25519, rsa));

	private final CredentialVerifier verifier = new CredentialVerifier(policy, keys, clock, null);

	private String sign(OpenBadgeCredential vc, JWK key, JwtProfile profile) {
		return new CredentialSigner(key, key.getKeyID()).sign(vc, profile);
	}

	private static String b64(String json) {
		return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
	}

	private String signRaw(JWSHeader header, String payload, JWK key) throws Exception {
		JWSObject jws = new JWSObject(header, new Payload(payload));
		jws.sign(JoseCrypto.signer(key));
		return jws.serialize();
	}

	private String payloadOf(OpenBadgeCredential vc) {
		return CredentialJson.defaults().write(vc);
	}

	@Test
	void verifyWhenVcJwtEs256ThenValid() {
		VerificationReport report = verifier.verify(sign(TestFixtures.credential(), es256, JwtProfile.VC_JWT));

		assertThat(report.verdict()).isEqualTo(Verdict.VALID);
		assertThat(report.profile()).isEqualTo(JwtProfile.VC_JWT);
		assertThat(report.checks()).extracting(CheckResult::name)
			.containsExactly(CheckName.FORMAT, CheckName.CONTENT, CheckName.ISSUER, CheckName.SIGNATURE,
					CheckName.VALIDITY_PERIOD, CheckName.STATUS);
		assertThat(report.check(CheckName.STATUS).status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
		assertThat(report.credential().learnerName()).isEqualTo("Amina Yusuf");
		assertThat(report.credential().achievementName()).isEqualTo("Generative AI Foundations");
		assertThat(report.credential().issuerName()).isEqualTo("Example Academy");
	}

	@Test
	void verifyWhenOb3ProfileWithEdDsaOrRsaThenValid() {
		assertThat(verifier.verify(sign(TestFixtures.credential(), ed25519, JwtProfile.OB3_JWT)).verdict())
			.isEqualTo(Verdict.VALID);
		VerificationReport rsaReport = verifier.verify(sign(TestFixtures.credential(), rsa, JwtProfile.OB3_JWT));
		assertThat(rsaReport.verdict()).isEqualTo(Verdict.VALID);
		assertThat(rsaReport.profile()).isEqualTo(JwtProfile.OB3_JWT);
	}

	@Test
	void verifyWhenLegacyVcClaimThenValid() throws Exception {
		OpenBadgeCredential vc = TestFixtures.credential();
		ObjectNode legacy = (ObjectNode) CredentialJson.defaults().toTree(vc);
		legacy.remove("validFrom");
		legacy.remove("validUntil");
		legacy.putArray("@context").add("https://www.w3.org/2018/credentials/v1");
		legacy.put("issuanceDate", vc.validFrom().toString());
		String payload = "{\"iss\":\"" + DID + "\",\"nbf\":" + vc.validFrom().getEpochSecond() + ",\"vc\":"
				+ CredentialJson.defaults().write(legacy) + "}";
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT)
			.keyID(es256.getKeyID())
			.build();

		VerificationReport report = verifier.verify(signRaw(header, payload, es256));

		assertThat(report.verdict()).isEqualTo(Verdict.VALID);
		assertThat(report.profile()).isEqualTo(JwtProfile.LEGACY_VC_JWT);
	}

	@Test
	void verifyWhenPayloadTamperedThenBadSignature() {
		String jwt = sign(TestFixtures.credential(), es256, JwtProfile.VC_JWT);
		String[] parts = jwt.split("\\.");
		String payload = new String(new Base64URL(parts[1]).decode(), StandardCharsets.UTF_8);
		String forged = parts[0] + "." + b64(payload.replace("Amina Yusuf", "Mallory Forger")) + "." + parts[2];

		VerificationReport report = verifier.verify(forged);

		assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
		assertThat(report.failureCodes()).containsExactly(ReasonCode.BAD_SIGNATURE);
	}

	@Test
	void verifyWhenResignedWithAnotherKeyUnderIssuersKidThenBadSignature() throws Exception {
		ECKey attacker = new ECKey.Builder(TestFixtures.es256Key(DID)).keyID(es256.getKeyID()).build();
		VerificationReport report = verifier.verify(sign(TestFixtures.credential(), attacker, JwtProfile.VC_JWT));

		assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
		assertThat(report.failureCodes()).containsExactly(ReasonCode.BAD_SIGNATURE);
	}

	@Test
	void verifyWhenSignedWithUnpublishedKeyOfTrustedIssuerThenUnknownKey() {
		ECKey unpublished = TestFixtures.es256Key(DID);
		VerificationReport report = verifier.verify(sign(TestFixtures.credential(), unpublished, JwtProfile.VC_JWT));

		assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
		assertThat(report.failureCodes()).containsExactly(ReasonCode.UNKNOWN_KEY);
	}

	@Test
	void verifyWhenAttackerKeyEmbeddedInJwkAndJkuHeadersThenHeadersIgnored() throws Exception {
		ECKey attacker = TestFixtures.es256Key(DID);
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vc+jwt"))
			.contentType("vc")
			.keyID(es256.getKeyID())
			.jwk(attacker.toPublicJWK())
			.jwkURL(java.net.URI.create("https://attacker.example/jwks.json"))
			.x509CertURL(java.net.URI.create("https://attacker.example/cert.pem"))
			.build();

		VerificationReport report = verifier.verify(signRaw(header, payloadOf(TestFixtures.credential()), attacker));

		assertThat(report.failureCodes()).containsExactly(ReasonCode.BAD_SIGNATURE);
	}

	@Test
	void verifyWhenAlgNoneThenUnsigned() {
		String token = b64("{\"alg\":\"none\",\"typ\":\"vc+jwt\"}") + "." + b64(payloadOf(TestFixtures.credential()))
				+ ".";

		VerificationReport report = verifier.verify(token);

		assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
		assertThat(report.failureCodes()).containsExactly(ReasonCode.UNSIGNED);
		assertThat(report.check(CheckName.SIGNATURE).code()).isEqualTo(ReasonCode.SKIPPED);
	}

	@Test
	void verifyWhenHmacSignedWithPublicKeyBytesThenAlgorithmNotAllowed() throws Exception {
		// the classic confusion attack: HMAC keyed with the issuer's public key
		byte[] secret = es256.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
		JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("vc+jwt"))
			.keyID(es256.getKeyID())
			.build(), new Payload(payloadOf(TestFixtures.credential())));
		jws.sign(new MACSigner(java.util.Arrays.copyOf(secret, 64)));

		assertThat(verifier.verify(jws.serialize()).failureCodes()).containsExactly(ReasonCode.ALGORITHM_NOT_ALLOWED);
	}

	@Test
	void verifyWhenWrongTypThenWrongType() throws Exception {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("statuslist+jwt"))
			.keyID(es256.getKeyID())
			.build();

		VerificationReport report = verifier.verify(signRaw(header, payloadOf(TestFixtures.credential()), es256));

		assertThat(report.failureCodes()).containsExactly(ReasonCode.WRONG_TYPE);
	}

	@Test
	void verifyWhenVcJwtCarriesVcClaimThenMalformed() throws Exception {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vc+jwt"))
			.keyID(es256.getKeyID())
			.build();
		String payload = "{\"vc\":" + payloadOf(TestFixtures.credential()) + "}";

		assertThat(verifier.verify(signRaw(header, payload, es256)).failureCodes())
			.containsExactly(ReasonCode.MALFORMED);
	}

	private JWSHeader vcJwtHeader() {
		return new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vc+jwt")).keyID(es256.getKeyID()).build();
	}

	/** Regression: an exp as a string was read as no exp at all, so a credential past it read VALID. */
	@Test
	void verifyWhenExpIsAStringThenValidityUnreadable() throws Exception {
		JWSHeader header = vcJwtHeader();
		String credential = payloadOf(TestFixtures.credential());
		String payload = credential.substring(0, credential.length() - 1) + ",\"exp\":\"1600000000\"}";

		VerificationReport report = verifier.verify(signRaw(header, payload, es256));

		assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
		assertThat(report.check(CheckName.VALIDITY_PERIOD).code()).isEqualTo(ReasonCode.INVALID_FIELD);
	}

	/** A genuine signature over a payload that names validUntil twice: which one counts depends on the reader. */
	@Test
	void verifyWhenPayloadNamesAMemberTwiceThenMalformed() throws Exception {
		JWSHeader header = vcJwtHeader();
		String credential = payloadOf(TestFixtures.credential());
		String payload = credential.substring(0, credential.length() - 1) + ",\"validUntil\":\"2999-01-01T00:00:00Z\","
				+ "\"validUntil\":\"2000-01-01T00:00:00Z\"}";

		VerificationReport report = verifier.verify(signRaw(header, payload, es256));

		assertThat(report.failureCodes()).containsExactly(ReasonCode.MALFORMED);
		assertThat(report.checks().getFirst().message()).contains("twice");
	}

	@Test
	void verifyWhenUnknownCriticalHeaderThenRejected() throws Exception {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vc+jwt"))
			.keyID(es256.getKeyID())
			.criticalParams(java.util.Set.of("exp-policy"))
			.customParam("exp-policy", "strict")
			.build();

		assertThat(verifier.verify(signRaw(header, payloadOf(TestFixtures.credential()), es256)).failureCodes())
			.containsExactly(ReasonCode.UNSUPPORTED_CRITICAL_HEADER);
	}

	@Test
	void verifyWhenIssuerNotTrustedThenUntrustedIssuer() {
		String otherDid = "did:web:look-alike.example";
		ECKey otherKey = TestFixtures.es256Key(otherDid);
		OpenBadgeCredential vc = TestFixtures.credential(otherDid, TestFixtures.NOW.minusSeconds(60),
				TestFixtures.NOW.plusSeconds(3600));

		VerificationReport report = verifier.verify(sign(vc, otherKey, JwtProfile.VC_JWT));

		assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
		assertThat(report.failureCodes()).containsExactly(ReasonCode.UNTRUSTED_ISSUER);
	}

	@Test
	void verifyWhenKidBelongsToAnotherDidThenClaimMismatch() {
		ECKey foreignKid = new ECKey.Builder(es256).keyID("did:web:other.example#" + "abc").build();

		VerificationReport report = verifier.verify(sign(TestFixtures.credential(), foreignKid, JwtProfile.VC_JWT));

		assertThat(report.failureCodes()).containsExactly(ReasonCode.CLAIM_MISMATCH);
	}

	@Test
	void verifyWhenExpiredOrNotYetValidThenReported() {
		OpenBadgeCredential expired = TestFixtures.credential(DID, TestFixtures.NOW.minusSeconds(7200),
				TestFixtures.NOW.minusSeconds(3600));
		OpenBadgeCredential future = TestFixtures.credential(DID, TestFixtures.NOW.plusSeconds(3600),
				TestFixtures.NOW.plusSeconds(7200));

		assertThat(verifier.verify(sign(expired, es256, JwtProfile.VC_JWT)).failureCodes())
			.containsExactly(ReasonCode.EXPIRED);
		assertThat(verifier.verify(sign(future, es256, JwtProfile.OB3_JWT)).failureCodes())
			.containsExactly(ReasonCode.NOT_YET_VALID);
	}

	@Test
	void verifyWhenWithinClockSkewThenValid() {
		OpenBadgeCredential almost = TestFixtures.credential(DID, TestFixtures.NOW.plusSeconds(30),
				TestFixtures.NOW.plusSeconds(7200));
		assertThat(verifier.verify(sign(almost, es256, JwtProfile.VC_JWT)).verdict()).isEqualTo(Verdict.VALID);
	}

	@Test
	void verifyWhenKeysUnavailableThenIndeterminateNeverValid() {
		IssuerKeySource down = new IssuerKeySource() {
			@Override
			public Optional<TrustedIssuer> trustedIssuer(String issuerId) {
				return keys.trustedIssuer(issuerId);
			}

			@Override
			public List<JWK> keys(TrustedIssuer issuer, @Nullable String kid) throws KeysUnavailableException {
				throw new KeysUnavailableException("connection refused");
			}
		};
		VerificationReport report = new CredentialVerifier(policy, down, clock, null)
			.verify(sign(TestFixtures.credential(), es256, JwtProfile.VC_JWT));

		assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
		assertThat(report.check(CheckName.SIGNATURE).code()).isEqualTo(ReasonCode.KEYS_UNAVAILABLE);
	}

	@Test
	void verifyWhenStatusEntryAndNoStatusCheckThenIndeterminate() {
		OpenBadgeCredential vc = TestFixtures.credential()
			.withStatus(List.of(StatusEntry.bitstring("https://certs.example.org/status/1", "revocation", 7)));

		VerificationReport report = verifier.verify(sign(vc, es256, JwtProfile.VC_JWT));

		assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
		assertThat(report.check(CheckName.STATUS).code()).isEqualTo(ReasonCode.STATUS_NOT_CHECKED);
	}

	@Test
	void verifyWhenStatusCheckThrowsThenIndeterminate() {
		OpenBadgeCredential vc = TestFixtures.credential()
			.withStatus(List.of(StatusEntry.bitstring("https://certs.example.org/status/1", "revocation", 7)));
		CredentialVerifier failing = new CredentialVerifier(policy, keys, clock, decoded -> {
			throw new IllegalStateException("list unreachable");
		});

		VerificationReport report = failing.verify(sign(vc, es256, JwtProfile.VC_JWT));

		assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
		assertThat(report.check(CheckName.STATUS).code()).isEqualTo(ReasonCode.STATUS_UNAVAILABLE);
	}

	@Test
	void verifyWhenStatusCheckReportsRevokedThenInvalid() {
		OpenBadgeCredential vc = TestFixtures.credential()
			.withStatus(List.of(StatusEntry.bitstring("https://certs.example.org/status/1", "revocation", 7)));
		AtomicInteger calls = new AtomicInteger();
		CredentialVerifier withStatus = new CredentialVerifier(policy, keys, clock, decoded -> {
			calls.incrementAndGet();
			return CheckResult.failed(CheckName.STATUS, ReasonCode.REVOKED, "revoked");
		});

		assertThat(withStatus.verify(sign(vc, es256, JwtProfile.VC_JWT)).failureCodes())
			.containsExactly(ReasonCode.REVOKED);
		assertThat(calls).hasValue(1);
	}

	@Test
	void verifyWhenForgedStatusThenStatusNeverConsulted() {
		AtomicInteger calls = new AtomicInteger();
		CredentialVerifier withStatus = new CredentialVerifier(policy, keys, clock, decoded -> {
			calls.incrementAndGet();
			return CheckResult.passed(CheckName.STATUS, "ok");
		});
		OpenBadgeCredential vc = TestFixtures.credential()
			.withStatus(List.of(StatusEntry.bitstring("https://attacker.example/status", "revocation", 7)));

		withStatus.verify(sign(vc, TestFixtures.es256Key(DID), JwtProfile.VC_JWT));

		assertThat(calls).hasValue(0);
	}

	@Test
	void verifyWhenGarbageThenMalformedNotException() {
		for (String garbage : new String[] { null, "", "   ", "abc", "a.b.c", "a.b.c.d.e", "..", "e30.e30.",
				b64("[1,2]") + "." + b64("{}") + ".sig", b64("{\"alg\":42}") + ".e30.sig",
				b64("{\"alg\":\"ES256\"}") + "." + b64("not json") + ".sig",
				b64("{\"alg\":\"ES256\"}") + "." + b64("{\"a\":1}") + ".sig" }) {
			VerificationReport report = verifier.verify(garbage);
			assertThat(report.verdict()).as(String.valueOf(garbage)).isEqualTo(Verdict.INVALID);
			assertThat(report.failureCodes()).as(String.valueOf(garbage)).containsExactly(ReasonCode.MALFORMED);
		}
	}

	@Test
	void verifyWhenDeeplyNestedOrOversizedThenTooLarge() throws Exception {
		String nested = "{\"a\":".repeat(500) + "1" + "}".repeat(500);
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vc+jwt"))
			.keyID(es256.getKeyID())
			.build();
		assertThat(verifier.verify(signRaw(header, nested, es256)).failureCodes())
			.containsExactly(ReasonCode.TOO_LARGE);
		assertThat(verifier.verify("a".repeat(VerificationPolicy.DEFAULT_MAX_TOKEN_LENGTH + 1)).failureCodes())
			.containsExactly(ReasonCode.TOO_LARGE);
	}

	@Test
	void verifyWhenRequiredOb3FieldMissingThenContentFails() throws Exception {
		ObjectNode vc = (ObjectNode) CredentialJson.defaults().toTree(TestFixtures.credential());
		((ObjectNode) vc.path("credentialSubject").path("achievement")).remove("criteria");
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vc+jwt"))
			.keyID(es256.getKeyID())
			.build();

		VerificationReport report = verifier.verify(signRaw(header, CredentialJson.defaults().write(vc), es256));

		assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
		assertThat(report.check(CheckName.CONTENT).code()).isEqualTo(ReasonCode.MISSING_FIELD);
		assertThat(report.check(CheckName.CONTENT).message()).contains("criteria");
		assertThat(report.check(CheckName.SIGNATURE).status()).isEqualTo(CheckStatus.PASSED);
	}

	@Test
	void verifyWhenOb3IssClaimDisagreesThenClaimMismatch() throws Exception {
		ObjectNode claims = (ObjectNode) CredentialJson.defaults().toTree(TestFixtures.credential());
		claims.put("iss", "did:web:someone-else.example");
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT)
			.keyID(es256.getKeyID())
			.build();

		assertThat(verifier.verify(signRaw(header, CredentialJson.defaults().write(claims), es256)).failureCodes())
			.containsExactly(ReasonCode.CLAIM_MISMATCH);
	}

	@Test
	void verifyWhenIssuerNotAllowedAlgorithmThenRejected() {
		TrustedIssuer es256Only = new TrustedIssuer(DID, "Example Academy",
				org.skillcred.core.jose.AlgorithmPolicy.DEFAULT);
		CredentialVerifier strict = new CredentialVerifier(policy,
				StaticIssuerKeySource.of(Map.of(es256Only, TestFixtures.publicKeys(es256, rsa))), clock, null);

		assertThat(strict.verify(sign(TestFixtures.credential(), rsa, JwtProfile.VC_JWT)).failureCodes())
			.containsExactly(ReasonCode.ALGORITHM_NOT_ALLOWED);
	}

	@Test
	void verifyWhenVerdictDerivedThenCannotBeForced() {
		List<CheckResult> failing = List.of(CheckResult.failed(CheckName.SIGNATURE, ReasonCode.BAD_SIGNATURE, "x"));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new VerificationReport(Verdict.VALID, failing, null, null));
		assertThat(VerificationReport.of(List.of(), null, null).verdict()).isEqualTo(Verdict.INDETERMINATE);
	}

	@Test
	void verifyWhenSameKeyManyTimesThenStillValid() {
		String jwt = sign(TestFixtures.credential(), es256, JwtProfile.VC_JWT);
		for (int i = 0; i < 50; i++) {
			assertThat(verifier.verify(jwt).verdict()).isEqualTo(Verdict.VALID);
		}
		assertThat(Instant.now(clock)).isEqualTo(TestFixtures.NOW);
	}


	@Test
	void verifyWhenSigningKeyReportedCompromisedThenKeyCompromised() {
		String jwt = sign(TestFixtures.credential(), es256, JwtProfile.VC_JWT);
		JWK revoked = es256.toPublicJWK()
			.toRevokedJWK(new com.nimbusds.jose.jwk.KeyRevocation(java.util.Date.from(TestFixtures.NOW.minusSeconds(60)),
					com.nimbusds.jose.jwk.KeyRevocation.Reason.COMPROMISED));
		CredentialVerifier withRevokedKey = new CredentialVerifier(policy,
				StaticIssuerKeySource.of(TestFixtures.trustedIssuer(), List.of(revoked, ed25519.toPublicJWK())), clock,
				null);

		VerificationReport report = withRevokedKey.verify(jwt);

		assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
		assertThat(report.failureCodes()).containsExactly(ReasonCode.KEY_COMPROMISED);
	}

}
