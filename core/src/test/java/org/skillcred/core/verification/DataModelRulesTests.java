package org.skillcred.core.verification;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.ECKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillcred.core.TestFixtures;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.jose.CredentialSigner;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VCDM 2.0 MUSTs, each broken on its own: the rule set names the rule and the JSON pointer,
 * and the verification engine reports the credential INVALID (CONTENT) even behind a genuine
 * signature. The cases include every credential the standards review had signed and verified.
 */
class DataModelRulesTests {

	private static final String GOOD = """
			{"@context":["https://www.w3.org/ns/credentials/v2","https://www.w3.org/ns/credentials/examples/v2"],
			 "id":"urn:uuid:1b7f3c2e-0d5a-4b6e-9f1a-2c3d4e5f6a7b","type":["VerifiableCredential","ExampleCredential"],
			 "issuer":{"id":"did:web:certs.example.org","name":"Example Academy"},
			 "validFrom":"2026-01-01T00:00:00Z","validUntil":"2030-01-01T00:00:00Z",
			 "name":{"@value":"Example","@language":"en"},
			 "credentialSubject":{"id":"did:example:learner","name":"Sam"}}""";

	private static final ECKey KEY = TestFixtures.es256Key(TestFixtures.ISSUER_DID);

	private static String with(String member, String json) {
		return GOOD.substring(0, GOOD.lastIndexOf('}')) + ",\"" + member + "\":" + json + "}";
	}

	static Stream<Arguments> brokenCredentials() {
		return Stream.of(
				Arguments.of("context missing", GOOD.replace("\"@context\":[\"https://www.w3.org/ns/credentials/v2\",\"https://www.w3.org/ns/credentials/examples/v2\"],", ""), "vcdm2.context.required", "/@context"),
				Arguments.of("context not first", GOOD.replace("[\"https://www.w3.org/ns/credentials/v2\",\"https://www.w3.org/ns/credentials/examples/v2\"]", "[\"https://www.w3.org/ns/credentials/examples/v2\",\"https://www.w3.org/ns/credentials/v2\"]"), "vcdm2.context.base-first", "/@context/0"),
				Arguments.of("context entry not a URL", GOOD.replace("\"https://www.w3.org/ns/credentials/examples/v2\"", "\"https ://example.org/ctx\""), "vcdm2.context.url-or-object", "/@context/1"),
				Arguments.of("context entry a number", GOOD.replace("\"https://www.w3.org/ns/credentials/examples/v2\"", "42"), "vcdm2.context.url-or-object", "/@context/1"),
				Arguments.of("id not a URL", GOOD.replace("\"urn:uuid:1b7f3c2e-0d5a-4b6e-9f1a-2c3d4e5f6a7b\"", "\"not a url\""), "vcdm2.id.url", "/id"),
				Arguments.of("type without VerifiableCredential", GOOD.replace("[\"VerifiableCredential\",\"ExampleCredential\"]", "[\"ExampleCredential\"]"), "vcdm2.type.verifiable-credential", "/type"),
				Arguments.of("type not strings", GOOD.replace("[\"VerifiableCredential\",\"ExampleCredential\"]", "[\"VerifiableCredential\",7]"), "vcdm2.type.strings", "/type"),
				Arguments.of("issuer object without id", GOOD.replace("{\"id\":\"did:web:certs.example.org\",\"name\":\"Example Academy\"}", "{\"name\":\"Example Academy\"}"), "vcdm2.issuer.id", "/issuer/id"),
				Arguments.of("issuer name with foreign members", GOOD.replace("\"name\":\"Example Academy\"", "\"name\":{\"@value\":\"Example Academy\",\"color\":\"red\"}"), "vcdm2.language.members", "/issuer/name/color"),
				Arguments.of("subject id as array", GOOD.replace("\"id\":\"did:example:learner\"", "\"id\":[\"did:example:a\",\"did:example:b\"]"), "vcdm2.subject.id-url", "/credentialSubject/id"),
				Arguments.of("empty subject", GOOD.replace("{\"id\":\"did:example:learner\",\"name\":\"Sam\"}", "{}"), "vcdm2.subject.claims", "/credentialSubject"),
				Arguments.of("one empty subject in a list", GOOD.replace("{\"id\":\"did:example:learner\",\"name\":\"Sam\"}", "[{\"name\":\"Sam\"},{}]"), "vcdm2.subject.claims", "/credentialSubject/1"),
				Arguments.of("validity reversed", GOOD.replace("2030-01-01T00:00:00Z", "2020-01-01T00:00:00Z"), "vcdm2.validity.order", "/validUntil"),
				Arguments.of("validFrom not a date", GOOD.replace("2026-01-01T00:00:00Z", "yesterday"), "vcdm2.validity.datetime", "/validFrom"),
				Arguments.of("validUntil null", GOOD.replace("\"2030-01-01T00:00:00Z\"", "null"), "vcdm2.validity.datetime", "/validUntil"),
				Arguments.of("validUntil with a + year", GOOD.replace("2030-01-01T00:00:00Z", "+99999-01-01T00:00:00Z"), "vcdm2.validity.datetime", "/validUntil"),
				Arguments.of("a VCDM 1.1 expirationDate", GOOD.replace("\"validUntil\":", "\"expirationDate\":\"2020-01-01T00:00:00Z\",\"validUntil\":"),
						"vcdm2.validity.v2-terms", "/expirationDate"),
				Arguments.of("validFrom a number", GOOD.replace("\"2026-01-01T00:00:00Z\"", "1767225600"), "vcdm2.validity.datetime", "/validFrom"),
				Arguments.of("name with foreign members", GOOD.replace("{\"@value\":\"Example\",\"@language\":\"en\"}", "{\"@value\":\"Example\",\"@language\":\"en\",\"font\":\"bold\"}"), "vcdm2.language.members", "/name/font"),
				Arguments.of("description object without @value", with("description", "{\"@language\":\"en\"}"), "vcdm2.language.value", "/description"),
				Arguments.of("termsOfUse without type", with("termsOfUse", "{\"id\":\"https://example.org/tou\"}"), "vcdm2.termsOfUse.type", "/termsOfUse/type"),
				Arguments.of("evidence without type", with("evidence", "[{\"id\":\"https://example.org/e\"}]"), "vcdm2.evidence.type", "/evidence/0/type"),
				Arguments.of("refreshService without type", with("refreshService", "{\"id\":\"https://example.org/r\"}"), "vcdm2.refreshService.type", "/refreshService/type"),
				Arguments.of("credentialSchema without type", with("credentialSchema", "{\"id\":\"https://example.org/s.json\"}"), "vcdm2.credentialSchema.type", "/credentialSchema/type"),
				Arguments.of("credentialSchema without id", with("credentialSchema", "{\"type\":\"JsonSchema\"}"), "vcdm2.credentialSchema.id", "/credentialSchema/id"),
				Arguments.of("status without type", with("credentialStatus", "{\"id\":\"https://example.org/s#1\"}"), "vcdm2.credentialStatus.type", "/credentialStatus/type"),
				Arguments.of("status with several ids", with("credentialStatus", "{\"id\":[\"https://a.example/1\",\"https://a.example/2\"],\"type\":\"X\"}"), "vcdm2.credentialStatus.id-url", "/credentialStatus/id"),
				Arguments.of("status id not a URL", with("credentialStatus", "{\"id\":\"status one\",\"type\":\"X\"}"), "vcdm2.credentialStatus.id-url", "/credentialStatus/id"),
				Arguments.of("relatedResource without id", with("relatedResource", "[{\"digestSRI\":\"sha384-abc\"}]"), "vcdm2.relatedResource.id", "/relatedResource/0/id"),
				Arguments.of("relatedResource ids repeated", with("relatedResource", "[{\"id\":\"https://a.example/x\",\"digestSRI\":\"sha384-a\"},{\"id\":\"https://a.example/x\",\"digestSRI\":\"sha384-b\"}]"), "vcdm2.relatedResource.id-unique", "/relatedResource/1/id"),
				Arguments.of("relatedResource without digest", with("relatedResource", "[{\"id\":\"https://a.example/x\"}]"), "vcdm2.relatedResource.digest", "/relatedResource/0"),
				Arguments.of("vc claim in a vc+jwt payload", with("vc", "{}"), "vc-jose-cose.no-vc-vp-claims", "/vc"));
	}

	@Test
	void firstViolationWhenCredentialFollowsEveryRuleThenNone() {
		assertThat(DataModelRules.firstViolation(CredentialJson.defaults().read(GOOD))).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenCredentials")
	void firstViolationWhenRuleBrokenThenNamedWithPointer(String name, String json, String rule, String pointer) {
		RuleViolation violation = DataModelRules.firstViolation(CredentialJson.defaults().read(json));
		assertThat(violation).as(name).isNotNull();
		assertThat(violation.rule()).as(name).isEqualTo(rule);
		assertThat(violation.pointer()).as(name).isEqualTo(pointer);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenCredentials")
	void verifyWhenRuleBrokenBehindGenuineSignatureThenInvalidContent(String name, String json, String rule,
			String pointer) {
		CredentialVerifier verifier = new CredentialVerifier(
				VerificationPolicy.defaults().withAlgorithms(TestFixtures.trustedIssuer().algorithms()),
				StaticIssuerKeySource.of(new TrustedIssuer(TestFixtures.ISSUER_DID, "Example Academy",
						TestFixtures.trustedIssuer().algorithms(), TrustedIssuer.ANY_CREDENTIAL), TestFixtures.publicKeys(KEY)),
				Clock.fixed(TestFixtures.NOW, ZoneOffset.UTC), null);
		String jwt = new CredentialSigner(KEY, KEY.getKeyID()).signPayload(json, new JOSEObjectType("vc+jwt"), "vc");

		VerificationReport report = verifier.verify(jwt);

		assertThat(report.verdict()).as(name).isEqualTo(Verdict.INVALID);
		if (!report.check(CheckName.FORMAT).isFailure()) {
			// a credential the decoder can read (it needs an issuer) is judged by the rules, which name themselves
			CheckResult content = report.check(CheckName.CONTENT);
			assertThat(content.isFailure()).as(name).isTrue();
			assertThat(content.message()).as(name).contains(rule);
		}
	}

	@Test
	void envelopeWhenContextTypeOrIdWrongThenNamed() {
		String jwt = "eyJhbGciOiJFUzI1NiJ9.e30.c2ln";
		String good = "{\"@context\":\"https://www.w3.org/ns/credentials/v2\",\"type\":\"EnvelopedVerifiableCredential\","
				+ "\"id\":\"data:application/vc+jwt," + jwt + "\"}";
		assertThat(EnvelopeRules.firstViolation(CredentialJson.defaults().read(good))).isNull();
		assertThat(EnvelopeRules.firstViolation(CredentialJson.defaults().read(good.replace("\"@context\":\"https://www.w3.org/ns/credentials/v2\",", ""))).rule())
			.isEqualTo("vcdm2.envelope.context");
		assertThat(EnvelopeRules.firstViolation(CredentialJson.defaults().read(good.replace("\"https://www.w3.org/ns/credentials/v2\"", "[]"))).rule())
			.isEqualTo("vcdm2.envelope.context");
		assertThat(EnvelopeRules.firstViolation(CredentialJson.defaults().read(good.replace("\"https://www.w3.org/ns/credentials/v2\"", "[\"https://example.org/other\"]"))).rule())
			.isEqualTo("vcdm2.envelope.context");
		assertThat(EnvelopeRules.firstViolation(CredentialJson.defaults().read(good.replace("\"EnvelopedVerifiableCredential\"", "[\"EnvelopedVerifiableCredential\",\"Other\"]"))).rule())
			.isEqualTo("vcdm2.envelope.type");
		assertThat(EnvelopeRules.firstViolation(CredentialJson.defaults().read(good.replace("data:application/vc+jwt,", "data:application/json,"))).rule())
			.isEqualTo("vcdm2.envelope.id");
	}

}
