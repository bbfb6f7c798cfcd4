package org.skillcred.core.verification;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The result of one check: its status, a stable code and a sentence a person can read.
 *
 * @param name which check
 * @param status its outcome
 * @param code a stable reason code ({@link ReasonCode#OK} when passed)
 * @param message a plain-language explanation
 * @param asOf for a status check answered from the last list the issuer signed while the issuer
 * could not be reached: when that list was last confirmed; null otherwise
 */
public record CheckResult(CheckName name, CheckStatus status, ReasonCode code, String message,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Instant asOf) {

	public static CheckResult passed(CheckName name, String message) {
		return new CheckResult(name, CheckStatus.PASSED, ReasonCode.OK, message, null);
	}

	public static CheckResult failed(CheckName name, ReasonCode code, String message) {
		return new CheckResult(name, CheckStatus.FAILED, code, message, null);
	}

	public static CheckResult notChecked(CheckName name, ReasonCode code, String message) {
		return new CheckResult(name, CheckStatus.NOT_CHECKED, code, message, null);
	}

	public static CheckResult notApplicable(CheckName name, String message) {
		return new CheckResult(name, CheckStatus.NOT_APPLICABLE, ReasonCode.OK, message, null);
	}

	public static CheckResult skipped(CheckName name) {
		return new CheckResult(name, CheckStatus.NOT_CHECKED, ReasonCode.SKIPPED,
				"Not checked because an earlier check failed.", null);
	}

	/**
	 * This result, answered from status information last confirmed at a time.
	 * @param confirmed when the issuer last confirmed the status information used
	 * @return the result with that time, and its message saying so
	 */
	public CheckResult asOf(Instant confirmed) {
		return new CheckResult(name, status, code, message + " Status as of " + confirmed
				+ ": the issuer could not be reached, so the last list it signed was used.", confirmed);
	}

	/**
	 * Whether this check failed.
	 * @return true for {@link CheckStatus#FAILED}
	 */
	@JsonIgnore
	public boolean isFailure() {
		return status == CheckStatus.FAILED;
	}

}
