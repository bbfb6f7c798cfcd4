package org.skillcred.core.verification;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.jose.JwtProfile;

/**
 * The result of verifying one credential: a verdict, every check with its reason, and a summary.
 * <p>
 * The verdict is derived from the checks, never set on its own: any failure makes it
 * {@link Verdict#INVALID}; otherwise any check that could not run makes it
 * {@link Verdict#INDETERMINATE}; only a report whose every applicable check passed is
 * {@link Verdict#VALID}.
 *
 * @param verdict the overall answer
 * @param checks one result per {@link CheckName}, in order
 * @param profile the JWT profile the credential was encoded in, if it could be read
 * @param credential a summary of the credential, if it could be read
 */
public record VerificationReport(Verdict verdict, List<CheckResult> checks, @Nullable JwtProfile profile,
		@Nullable CredentialSummary credential) {

	public VerificationReport {
		checks = List.copyOf(checks);
		if (verdict != verdictOf(checks)) {
			throw new IllegalArgumentException("Verdict must follow from the checks");
		}
	}

	/**
	 * Builds a report, deriving the verdict from the checks.
	 * @param checks the results
	 * @param profile the profile or null
	 * @param credential the summary or null
	 * @return the report
	 */
	public static VerificationReport of(List<CheckResult> checks, @Nullable JwtProfile profile,
			@Nullable CredentialSummary credential) {
		return new VerificationReport(verdictOf(checks), checks, profile, credential);
	}

	static Verdict verdictOf(List<CheckResult> checks) {
		if (checks.isEmpty()) {
			return Verdict.INDETERMINATE;
		}
		boolean unchecked = false;
		for (CheckResult check : checks) { // a loop, not two streams: this runs on every verification
			if (check.isFailure()) {
				return Verdict.INVALID;
			}
			unchecked |= check.status() == CheckStatus.NOT_CHECKED;
		}
		return unchecked ? Verdict.INDETERMINATE : Verdict.VALID;
	}

	/**
	 * The result of one check.
	 * @param name the check
	 * @return its result
	 */
	public CheckResult check(CheckName name) {
		return checks.stream()
			.filter(c -> c.name() == name)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No result for " + name));
	}

	/**
	 * The codes of the failed checks, for logs and metrics.
	 * @return failure codes in check order
	 */
	public List<ReasonCode> failureCodes() {
		return checks.stream().filter(CheckResult::isFailure).map(CheckResult::code).toList();
	}

}
