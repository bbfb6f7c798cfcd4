package org.skillcred.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.skillcred.core.credential.Achievement;
import org.skillcred.core.credential.AchievementSubject;
import org.skillcred.core.credential.Alignment;
import org.skillcred.core.credential.Criteria;
import org.skillcred.core.credential.IdentityObject;
import org.skillcred.core.credential.IssuerProfile;
import org.skillcred.core.credential.OpenBadgeCredential;
import org.skillcred.core.credential.StatusEntry;
import org.skillcred.core.jose.AlgorithmPolicy;
import org.skillcred.core.jose.CredentialSigner;
import org.skillcred.core.jose.JwtProfile;
import org.skillcred.core.jose.KeyIds;
import org.skillcred.core.verification.CheckName;
import org.skillcred.core.verification.CheckResult;
import org.skillcred.core.verification.CredentialVerifier;
import org.skillcred.core.verification.StaticIssuerKeySource;
import org.skillcred.core.verification.TrustedIssuer;
import org.skillcred.core.verification.VerificationPolicy;
import org.skillcred.core.verification.VerificationReport;

/**
 * Signing and full verification of an Open Badges 3.0 credential (about 1.6 KB of JSON with a
 * status entry), through the same core classes the issuer and verifier use.
 * <p>
 * {@code sign} builds nothing: it serialises the credential and signs it, as issuance does.
 * {@code verify} runs the whole engine: size and JSON limits, header policy, content rules,
 * issuer and claim checks, the signature, the validity period, and a (constant) status check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgs = { "-Xms1g", "-Xmx1g" })
public class CredentialJwsBenchmark {

	private static final String DID = "did:web:certs.example.org";

	@Param({ "ES256", "EdDSA" })
	public String algorithm;

	private OpenBadgeCredential credential;

	private CredentialSigner signer;

	private CredentialVerifier verifier;

	private String jwt;

	private org.skillcred.core.verification.CredentialDecoder decoder;

	private byte[] signingInput;

	private byte[] signature;

	private java.security.PublicKey publicKey;

	private java.security.Signature bareVerifier;

	/** An Ed25519 SubjectPublicKeyInfo: the fixed RFC 8410 prefix and the 32-byte key. */
	private static byte[] ed25519Spki(byte[] x) {
		byte[] prefix = { 0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00 };
		byte[] spki = java.util.Arrays.copyOf(prefix, prefix.length + x.length);
		System.arraycopy(x, 0, spki, prefix.length, x.length);
		return spki;
	}

	@Setup
	public void setUp() throws Exception {
		JWK key = "ES256".equals(algorithm) ? new ECKeyGenerator(Curve.P_256).generate()
				: new OctetKeyPairGenerator(Curve.Ed25519).generate();
		String kid = KeyIds.didUrl(DID, key);
		signer = new CredentialSigner(key, kid);
		JWK published = JWK.parse(key.toPublicJWK().toJSONObject()).toPublicJWK();
		published = "ES256".equals(algorithm)
				? new com.nimbusds.jose.jwk.ECKey.Builder(published.toECKey()).keyID(kid).build()
				: new com.nimbusds.jose.jwk.OctetKeyPair.Builder(published.toOctetKeyPair()).keyID(kid).build();
		Instant now = Instant.parse("2026-06-01T00:00:00Z");
		credential = credential(now);
		jwt = signer.sign(credential, JwtProfile.VC_JWT);
		AlgorithmPolicy policy = new AlgorithmPolicy(Set.of(JWSAlgorithm.ES256, JWSAlgorithm.EdDSA));
		verifier = new CredentialVerifier(VerificationPolicy.defaults().withAlgorithms(policy),
				StaticIssuerKeySource.of(new TrustedIssuer(DID, "Example Academy", policy), List.of(published)),
				Clock.fixed(now.plusSeconds(3600), ZoneOffset.UTC),
				decoded -> CheckResult.passed(CheckName.STATUS, "not revoked"));
		String[] parts = jwt.split("\\.");
		signingInput = (parts[0] + "." + parts[1]).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		signature = com.nimbusds.jose.util.Base64URL.from(parts[2]).decode();
		java.security.Provider bc = new org.bouncycastle.jce.provider.BouncyCastleProvider();
		if ("ES256".equals(algorithm)) {
			publicKey = published.toECKey().toECPublicKey(bc);
			bareVerifier = java.security.Signature.getInstance("SHA256withPLAIN-ECDSA", bc);
		}
		else {
			byte[] x = published.toOctetKeyPair().getDecodedX();
			publicKey = java.security.KeyFactory.getInstance("Ed25519", bc)
				.generatePublic(new java.security.spec.X509EncodedKeySpec(ed25519Spki(x)));
			bareVerifier = java.security.Signature.getInstance("Ed25519", bc);
		}
		if (!bareSignature()) {
			throw new IllegalStateException("The bare signature check does not verify the benchmark JWS");
		}
		decoder = new org.skillcred.core.verification.CredentialDecoder(VerificationPolicy.defaults().withAlgorithms(policy));
		VerificationReport check = verifier.verify(jwt);
		if (check.verdict() != org.skillcred.core.verification.Verdict.VALID) {
			throw new IllegalStateException("Benchmark credential does not verify: " + check.failureCodes());
		}
	}

	private static OpenBadgeCredential credential(Instant now) {
		Achievement achievement = new Achievement("https://certs.example.org/achievements/genai-foundations",
				List.of("Achievement"), "Generative AI Foundations",
				"A self-paced course on how generative AI models work and how to use them responsibly at work.",
				new Criteria(null, "Completed all six modules and passed the final assessment with at least 70%."),
				"CertificateOfCompletion", null,
				List.of(Alignment.of("Understanding of AI", "https://example.org/framework/ai-1",
						"AI competency framework", "CG1")),
				"en");
		AchievementSubject subject = new AchievementSubject("urn:uuid:7c6c3b0a-2b7e-4cde-9b9e-3e6f1b1a2c3d",
				List.of("AchievementSubject"), "Amina Yusuf",
				List.of(IdentityObject.hashedEmail("amina@example.org", "0fe6ae1b6e5707d85b655a86c32293ac")),
				achievement);
		return OpenBadgeCredential.builder()
			.issuer(IssuerProfile.of(DID, "Example Academy", "https://certs.example.org"))
			.validFrom(now)
			.validUntil(now.plusSeconds(2 * 365 * 86400L))
			.subject(subject)
			.status(StatusEntry.message("https://certs.example.org/status/1/message", 94567))
			.build();
	}

	@Benchmark
	public String sign() {
		return signer.sign(credential, JwtProfile.VC_JWT);
	}

	@Benchmark
	public VerificationReport verify() {
		return verifier.verify(jwt);
	}

	/** Decoding alone (limits, header, payload JSON): the part of {@link #verify} before any rule. */
	@Benchmark
	public Object decode() throws Exception {
		return decoder.decode(jwt);
	}

	/**
	 * The baseline the whole verification is compared with, in the same run: Bouncy Castle alone
	 * checking the same JWS signature (SHA-256 with P-256 ECDSA, or Ed25519, over the signing
	 * input), with the public key already decoded. Everything {@link #verify} does beyond this is
	 * parsing and rules.
	 */
	@Benchmark
	public boolean bareSignature() throws Exception {
		bareVerifier.initVerify(publicKey);
		bareVerifier.update(signingInput);
		return bareVerifier.verify(signature);
	}

}
