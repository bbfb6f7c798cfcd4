package org.skillcred.verifier.page;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.verification.CheckResult;
import org.skillcred.core.verification.CheckStatus;
import org.skillcred.core.verification.ReasonCode;

/**
 * What the result page tells a person at the top, in one word and one look: each outcome has its
 * own headline, icon and colours, so a revoked certificate never looks like a suspended or an
 * expired one. Derived from the one check that decided the verdict.
 */
enum Outcome {

	VALID("✓"), REVOKED("✗"), SUSPENDED("⏸"), EXPIRED("⌛"), NOT_YET_VALID("⌛"), NOT_AUTHENTIC("⚠"),
	UNTRUSTED("?"), NOT_FOUND("∅"), INVALID("✗"), UNCONFIRMED("↻");

	/** Failures that show the document or its signature is not what the issuer issued. */
	static final Set<ReasonCode> FORGERY = Set.of(ReasonCode.PDF_UNSIGNED, ReasonCode.PDF_ALTERED,
			ReasonCode.PDF_SIGNER_MISMATCH, ReasonCode.BAD_SIGNATURE, ReasonCode.UNSIGNED, ReasonCode.CLAIM_MISMATCH,
			ReasonCode.UNKNOWN_KEY, ReasonCode.KEY_COMPROMISED);

	/** Failures about the uploaded document rather than the credential inside it. */
	static final Set<ReasonCode> DOCUMENT = Set.of(ReasonCode.PDF_UNSIGNED, ReasonCode.PDF_ALTERED,
			ReasonCode.PDF_SIGNER_MISMATCH);

	/** The order in which failures decide what the page says first: the gravest first. */
	private static final List<Set<ReasonCode>> PRECEDENCE = List.of(DOCUMENT, FORGERY,
			Set.of(ReasonCode.UNTRUSTED_ISSUER, ReasonCode.TYPE_NOT_ACCEPTED), Set.of(ReasonCode.REVOKED),
			Set.of(ReasonCode.SUSPENDED), Set.of(ReasonCode.EXPIRED, ReasonCode.NOT_YET_VALID));

	private final String icon;

	Outcome(String icon) {
		this.icon = icon;
	}

	String icon() {
		return icon;
	}

	/**
	 * The check that decides what the page says first: the gravest failure, then any other
	 * failure, then the first check that could not be done; null when everything passed.
	 */
	static @Nullable CheckResult decisive(List<CheckResult> checks) {
		for (Set<ReasonCode> codes : PRECEDENCE) {
			for (CheckResult check : checks) {
				if (check.isFailure() && codes.contains(check.code())) {
					return check;
				}
			}
		}
		for (CheckResult check : checks) {
			if (check.isFailure()) {
				return check;
			}
		}
		for (CheckResult check : checks) {
			if (check.status() == CheckStatus.NOT_CHECKED && check.code() != ReasonCode.SKIPPED) {
				return check;
			}
		}
		return null;
	}

	/**
	 * The outcome a decisive check stands for.
	 * @param decisive the check, or null when everything passed
	 * @param fromLink whether the credential was looked up through a verification link
	 */
	static Outcome of(@Nullable CheckResult decisive, boolean fromLink) {
		if (decisive == null) {
			return VALID;
		}
		if (decisive.status() == CheckStatus.NOT_CHECKED) {
			return UNCONFIRMED;
		}
		if (FORGERY.contains(decisive.code())) {
			return NOT_AUTHENTIC;
		}
		return switch (decisive.code()) {
			case REVOKED -> REVOKED;
			case SUSPENDED -> SUSPENDED;
			case EXPIRED -> EXPIRED;
			case NOT_YET_VALID -> NOT_YET_VALID;
			case UNTRUSTED_ISSUER, TYPE_NOT_ACCEPTED -> UNTRUSTED;
			case CREDENTIAL_NOT_FOUND -> NOT_FOUND;
			case MALFORMED -> fromLink ? NOT_FOUND : INVALID;
			default -> INVALID;
		};
	}

}
