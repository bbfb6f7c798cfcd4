package org.skillcred.core.verification;

import java.time.Duration;

import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.jose.AlgorithmPolicy;

/**
 * How strictly to verify: algorithms, clock skew, input limits and whether status must be checked.
 *
 * @param algorithms the JWS algorithms accepted at all (a trusted issuer may narrow them further)
 * @param clockSkew tolerance applied to every time comparison
 * @param maxTokenLength maximum length of a compact JWS, in characters
 * @param maxJsonDepth maximum nesting depth of header and payload JSON
 * @param requireStatusCheck whether a credential with a {@code credentialStatus} entry can be
 * VALID only after its status was checked; the issuer's self-check of a credential it has just
 * signed sets this to false, a verifier never does
 */
public record VerificationPolicy(AlgorithmPolicy algorithms, Duration clockSkew, int maxTokenLength, int maxJsonDepth,
		boolean requireStatusCheck) {

	/** Default maximum token length: 64 KiB, some 25 times a typical credential. */
	public static final int DEFAULT_MAX_TOKEN_LENGTH = 64 * 1024;

	/** Default clock skew. */
	public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

	public VerificationPolicy {
		if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(10)) > 0) {
			throw new IllegalArgumentException("Clock skew must be between 0 and 10 minutes");
		}
		if (maxTokenLength < 256 || maxJsonDepth < 8) {
			throw new IllegalArgumentException("Limits too small to read any credential");
		}
	}

	/**
	 * The strict defaults a verifier uses: ES256 only, 60 s skew, status required.
	 * @return the default policy
	 */
	public static VerificationPolicy defaults() {
		return new VerificationPolicy(AlgorithmPolicy.DEFAULT, DEFAULT_CLOCK_SKEW, DEFAULT_MAX_TOKEN_LENGTH,
				CredentialJson.DEFAULT_MAX_DEPTH, true);
	}

	public VerificationPolicy withAlgorithms(AlgorithmPolicy algorithms) {
		return new VerificationPolicy(algorithms, clockSkew, maxTokenLength, maxJsonDepth, requireStatusCheck);
	}

	public VerificationPolicy withClockSkew(Duration skew) {
		return new VerificationPolicy(algorithms, skew, maxTokenLength, maxJsonDepth, requireStatusCheck);
	}

	public VerificationPolicy withStatusCheckRequired(boolean required) {
		return new VerificationPolicy(algorithms, clockSkew, maxTokenLength, maxJsonDepth, required);
	}

	public VerificationPolicy withLimits(int tokenLength, int jsonDepth) {
		return new VerificationPolicy(algorithms, clockSkew, tokenLength, jsonDepth, requireStatusCheck);
	}

}
