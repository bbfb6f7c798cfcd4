package org.skillcred.core.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;
import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.jose.JoseCrypto;
import tools.jackson.databind.JsonNode;

/**
 * The verification engine: decodes a credential JWT and runs every check, returning a
 * {@link VerificationReport} rather than throwing, because an invalid credential is a result.
 * <p>
 * The same engine is used by the issuer to check each credential before handing it out and by the
 * verifier service, so both apply identical rules. It fails closed: a check that cannot be done
 * (keys or status unreachable) is {@link CheckStatus#NOT_CHECKED}, which can never add up to
 * {@link Verdict#VALID}.
 * <p>
 * Thread-safe. Verifiers are cached per key, so the Bouncy Castle precomputation on each public key
 * is reused across verifications.
 */
public final class CredentialVerifier {

	private static final int MAX_CACHED_VERIFIERS = 1024;

	/** Compiled once: String.matches would compile it on every verification. */
	private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

	private final VerificationPolicy policy;

	private final CredentialDecoder decoder;

	private final IssuerKeySource keySource;

	private final Clock clock;

	private final @Nullable StatusCheck statusCheck;

	private final Map<JWK, JWSVerifier> verifiers = new ConcurrentHashMap<>();

	/**
	 * Creates an engine.
	 * @param policy algorithms, limits and skew
	 * @param keySource trusted issuers and their keys
	 * @param clock the clock to judge validity periods by
	 * @param statusCheck the status check, or null where none is available (then credentials with a
	 * status entry are INDETERMINATE if the policy requires a status check)
	 */
	public CredentialVerifier(VerificationPolicy policy, IssuerKeySource keySource, Clock clock,
			@Nullable StatusCheck statusCheck) {
		this.policy = policy;
		this.decoder = new CredentialDecoder(policy);
		this.keySource = keySource;
		this.clock = clock;
		this.statusCheck = statusCheck;
	}

	/**
	 * Verifies a compact JWS credential.
	 * @param token the compact JWS, possibly null or garbage
	 * @return the report; never throws for bad input
	 */
	public VerificationReport verify(@Nullable String token) {
		DecodedCredential decoded;
		try {
			decoded = decoder.decode(token);
		}
		catch (FormatException ex) {
			List<CheckResult> checks = new ArrayList<>();
			checks.add(CheckResult.failed(CheckName.FORMAT, ex.code(), ex.getMessage()));
			for (CheckName name : CheckName.values()) {
				if (name != CheckName.FORMAT && name != CheckName.PDF_SIGNATURE) {
					checks.add(CheckResult.skipped(name));
				}
			}
			return VerificationReport.of(checks, null, null);
		}
		return verify(decoded);
	}

	/**
	 * Verifies an already decoded credential.
	 * @param decoded the decoded credential
	 * @return the report
	 */
	public VerificationReport verify(DecodedCredential decoded) {
		List<CheckResult> checks = new ArrayList<>();
		checks.add(CheckResult.passed(CheckName.FORMAT, "A " + describe(decoded) + " signed with "
				+ decoded.jws().header().getAlgorithm() + "."));
		checks.add(ContentRules.check(decoded));
		Optional<TrustedIssuer> issuer = keySource.trustedIssuer(decoded.issuerId());
		CheckResult issuerCheck = issuerCheck(decoded, issuer);
		checks.add(issuerCheck);
		CheckResult signature = (issuer.isPresent() && !issuerCheck.isFailure())
				? signatureCheck(decoded, issuer.get()) : CheckResult.skipped(CheckName.SIGNATURE);
		checks.add(signature);
		checks.add(ValidityRules.check(decoded, Instant.now(clock), policy.clockSkew()));
		checks.add((signature.status() == CheckStatus.PASSED) ? statusCheck(decoded)
				: CheckResult.skipped(CheckName.STATUS));
		return VerificationReport.of(checks, decoded.profile(), summary(decoded, issuer.orElse(null)));
	}

	private static String describe(DecodedCredential decoded) {
		return switch (decoded.profile()) {
			case VC_JWT -> "VC-JOSE-COSE credential (vc+jwt)";
			case OB3_JWT -> "Open Badges 3.0 JWT credential";
			case LEGACY_VC_JWT -> "VC Data Model 1.1 JWT credential";
		};
	}

	private CheckResult issuerCheck(DecodedCredential decoded, Optional<TrustedIssuer> issuer) {
		if (issuer.isEmpty()) {
			return CheckResult.failed(CheckName.ISSUER, ReasonCode.UNTRUSTED_ISSUER,
					"The issuer " + decoded.issuerId() + " is not on this verifier's list of trusted issuers.");
		}
		String mismatch = ClaimRules.mismatch(decoded);
		if (mismatch != null) {
			return CheckResult.failed(CheckName.ISSUER, ReasonCode.CLAIM_MISMATCH, mismatch);
		}
		JWSAlgorithm alg = decoded.jws().header().getAlgorithm();
		if (!issuer.get().algorithms().allows(alg)) {
			return CheckResult.failed(CheckName.ISSUER, ReasonCode.ALGORITHM_NOT_ALLOWED,
					issuer.get().displayName() + " is not trusted to sign with " + alg + ".");
		}
		JsonNode type = decoded.credential().path("type");
		if (issuer.get().credentialTypes().stream().noneMatch(t -> CredentialJson.includes(type, t))) {
			return CheckResult.failed(CheckName.ISSUER, ReasonCode.TYPE_NOT_ACCEPTED,
					"This document is not a certificate: " + issuer.get().displayName()
							+ " is trusted here only for " + String.join(", ", new TreeSet<>(
									issuer.get().credentialTypes())) + ".");
		}
		return CheckResult.passed(CheckName.ISSUER, "Issued by " + issuer.get().displayName() + ", a trusted issuer.");
	}

	private CheckResult signatureCheck(DecodedCredential decoded, TrustedIssuer issuer) {
		List<JWK> keys;
		try {
			keys = keySource.keys(issuer, decoded.keyId());
		}
		catch (KeysUnavailableException ex) {
			return CheckResult.notChecked(CheckName.SIGNATURE, ReasonCode.KEYS_UNAVAILABLE,
					"The keys of " + issuer.displayName() + " could not be retrieved, so the signature was not checked.");
		}
		JWSAlgorithm alg = decoded.jws().header().getAlgorithm();
		List<JWK> candidates = keys.stream().filter(k -> JoseCrypto.fits(k, alg)).toList();
		if (candidates.isEmpty()) {
			return CheckResult.failed(CheckName.SIGNATURE, ReasonCode.UNKNOWN_KEY,
					"The credential names a signing key that " + issuer.displayName() + " does not publish.");
		}
		for (JWK key : candidates) {
			if (key.getKeyRevocation() != null) {
				return CheckResult.failed(CheckName.SIGNATURE, ReasonCode.KEY_COMPROMISED,
						issuer.displayName() + " reports that the key this credential was signed with was compromised on "
								+ key.getKeyRevocation().getRevocationTime().toInstant() + ".");
			}
		}
		for (JWK key : candidates) {
			if (verifies(decoded, key)) {
				return CheckResult.passed(CheckName.SIGNATURE,
						"The signature is genuine: made with a published key of " + issuer.displayName() + ".");
			}
		}
		return CheckResult.failed(CheckName.SIGNATURE, ReasonCode.BAD_SIGNATURE,
				"The signature does not match: the credential was altered or not signed by its issuer.");
	}

	/*
	 * High-S ECDSA signatures are accepted on purpose. RFC 7518 does not require low-S, common JOSE
	 * signers (the JDK's among them) produce high-S half the time, and malleability gives an
	 * attacker nothing here: a second valid signature over the same payload asserts exactly what
	 * the first did, and nothing in SkillCred identifies a credential by its signature bytes (ids,
	 * status entries and replay checks use the signed payload).
	 */
	private boolean verifies(DecodedCredential decoded, JWK key) {
		try {
			return decoded.jws().verify(verifierFor(key));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private JWSVerifier verifierFor(JWK key) {
		JWSVerifier cached = verifiers.get(key);
		if (cached != null) {
			return cached;
		}
		if (verifiers.size() >= MAX_CACHED_VERIFIERS) {
			verifiers.clear(); // keys rotate rarely; a full cache means churn, so start over
		}
		return verifiers.computeIfAbsent(key, JoseCrypto::verifier);
	}

	private CheckResult statusCheck(DecodedCredential decoded) {
		JsonNode status = decoded.credential().get("credentialStatus");
		if (status == null || status.isNull() || (status.isArray() && status.isEmpty())) {
			return CheckResult.notApplicable(CheckName.STATUS, "The credential has no status entry.");
		}
		if (statusCheck == null) {
			return policy.requireStatusCheck()
					? CheckResult.notChecked(CheckName.STATUS, ReasonCode.STATUS_NOT_CHECKED,
							"The revocation status could not be checked.")
					: CheckResult.notApplicable(CheckName.STATUS, "Status is not checked at issuance.");
		}
		try {
			return statusCheck.check(decoded);
		}
		catch (RuntimeException ex) {
			return CheckResult.notChecked(CheckName.STATUS, ReasonCode.STATUS_UNAVAILABLE,
					"The revocation status could not be checked.");
		}
	}

	private static CredentialSummary summary(DecodedCredential decoded, @Nullable TrustedIssuer trusted) {
		JsonNode vc = decoded.credential();
		JsonNode subject = vc.path("credentialSubject");
		if (subject.isArray()) {
			subject = subject.path(0);
		}
		JsonNode issuer = vc.path("issuer");
		String issuerName = (trusted != null) ? trusted.displayName() : issuer.path("name").asString(null);
		return new CredentialSummary(vc.path("id").asString(null), subject.path("name").asString(null),
				subject.path("achievement").path("name").asString(vc.path("name").asString(null)),
				decoded.issuerId(), issuerName, safeDate(vc, "validFrom", "issuanceDate"),
				safeDate(vc, "validUntil", "expirationDate"), language(subject.path("achievement").path("inLanguage")));
	}

	/** A BCP 47 language tag from the credential, or null when it is none (it ends up in a lang attribute). */
	private static @Nullable String language(JsonNode value) {
		String tag = value.asString(null);
		return (tag != null && tag.length() <= 35 && LANGUAGE_TAG.matcher(tag).matches()) ? tag : null;
	}

	private static @Nullable Instant safeDate(JsonNode vc, String field, String legacyField) {
		try {
			Instant value = Times.dateField(vc.get(field));
			return (value != null) ? value : Times.dateField(vc.get(legacyField));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
