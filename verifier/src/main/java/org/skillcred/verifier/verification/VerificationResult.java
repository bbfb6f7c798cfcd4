package org.skillcred.verifier.verification;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.jose.JwtProfile;
import org.skillcred.core.verification.CheckResult;
import org.skillcred.core.verification.CredentialSummary;
import org.skillcred.core.verification.Verdict;
import org.skillcred.core.verification.VerificationReport;

/**
 * The answer of the verification API: the verdict, every check with its reason, a summary of the
 * credential, and what the credential came from.
 *
 * @param verdict VALID, INVALID or INDETERMINATE
 * @param checks one result per check
 * @param credential who, what, by whom, when; shown even when invalid so people can tell which
 * document failed
 * @param profile the JWT profile, if the credential could be read
 * @param source where the credential came from: {@code JWT}, {@code LINK}, {@code PDF},
 * {@code QR_IMAGE}, {@code JWT_FILE}
 */
public record VerificationResult(Verdict verdict, List<CheckResult> checks, @Nullable CredentialSummary credential,
		@Nullable JwtProfile profile, String source) {

	static VerificationResult of(VerificationReport report, String source) {
		return new VerificationResult(report.verdict(), report.checks(), report.credential(), report.profile(), source);
	}

}
