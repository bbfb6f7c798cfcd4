package org.skillcred.core.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.ECKey;
import org.skillcred.core.TestFixtures;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.jose.CredentialSigner;
import org.skillcred.core.status.BitstringStatusList;
import org.skillcred.core.status.StatusListException;
import org.skillcred.core.verification.CredentialDecoder;
import org.skillcred.core.verification.CredentialVerifier;
import org.skillcred.core.verification.FormatException;
import org.skillcred.core.verification.StaticIssuerKeySource;
import org.skillcred.core.verification.Verdict;
import org.skillcred.core.verification.VerificationPolicy;
import org.skillcred.core.verification.VerificationReport;
import tools.jackson.core.JacksonException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every parser of untrusted input in core, fuzzed: compact JWTs, credential JSON (also behind a
 * valid signature, so the content and validity rules see arbitrary JSON), and status-list
 * bitstrings. Each may refuse its input only with its own checked exception, never with anything
 * else, and nothing forged by the fuzzer may verify as VALID.
 * <p>
 * Every build runs these on the committed inputs ({@code …/UntrustedInputFuzzTestsInputs/}); with
 * {@code JAZZER_FUZZ=1} one of them fuzzes for its {@code maxDuration} ({@code scripts/fuzz.sh}).
 */
class UntrustedInputFuzzTests {

	private static final ECKey KEY = TestFixtures.es256Key(TestFixtures.ISSUER_DID);

	private static final VerificationPolicy POLICY = VerificationPolicy.defaults()
		.withAlgorithms(TestFixtures.trustedIssuer().algorithms());

	private static final CredentialDecoder DECODER = new CredentialDecoder(POLICY);

	private static final CredentialVerifier VERIFIER = new CredentialVerifier(POLICY,
			StaticIssuerKeySource.of(TestFixtures.trustedIssuer(), TestFixtures.publicKeys(KEY)),
			Clock.fixed(TestFixtures.NOW, ZoneOffset.UTC), null);

	private static final CredentialSigner SIGNER = new CredentialSigner(KEY, KEY.getKeyID());

	@FuzzTest(maxDuration = "60s")
	void decodeCompactJwt(byte[] token) {
		try {
			DECODER.decode(new String(token, StandardCharsets.UTF_8));
		}
		catch (FormatException expected) {
			// refused with a reason: fine
		}
	}

	@FuzzTest(maxDuration = "60s")
	void verifyArbitraryTokenNeverValid(byte[] token) {
		VerificationReport report = VERIFIER.verify(new String(token, StandardCharsets.UTF_8));
		assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
	}

	/** Arbitrary payload JSON behind a genuine signature: the rules must judge it, never crash. */
	@FuzzTest(maxDuration = "60s")
	void verifySignedArbitraryPayload(byte[] json) {
		String payload = new String(json, StandardCharsets.UTF_8);
		String jwt;
		try {
			jwt = SIGNER.signPayload(payload, new JOSEObjectType("vc+jwt"), "vc");
		}
		catch (RuntimeException notSignable) {
			return;
		}
		VerificationReport report = VERIFIER.verify(jwt);
		assertThat(report.checks()).isNotEmpty();
	}

	@FuzzTest(maxDuration = "60s")
	void readCredentialJson(byte[] json) {
		try {
			CredentialJson.defaults().read(json);
		}
		catch (JacksonException expected) {
			// malformed, too deep or too large: refused
		}
	}

	@FuzzTest(maxDuration = "60s")
	void decodeBitstringStatusList(FuzzedDataProvider data) {
		int maxBytes = data.consumeInt(1, 1 << 20);
		String encoded = new String(data.consumeRemainingAsBytes(), StandardCharsets.ISO_8859_1);
		try {
			BitstringStatusList list = BitstringStatusList.decode(encoded, maxBytes);
			assertThat(list).isNotNull();
		}
		catch (StatusListException expected) {
			// not a status list: refused
		}
	}

}
