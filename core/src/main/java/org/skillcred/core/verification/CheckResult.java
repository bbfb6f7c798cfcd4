package org.skillcred.core.verification;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The result of one check: its status, a stable code and a sentence a person can read.
 *
 * @param name which check
 * @param status its outcome
 * @param code a stable reason code ({@link ReasonCode#OK} when passed)
 * @param message a plain-language explanation
 */
public record CheckResult(CheckName name, CheckStatus status, ReasonCode code, String message) {

	public static CheckResult passed(CheckName name, String message) {
		return new CheckResult(name, CheckStatus.PASSED, ReasonCode.OK, message);
	}

	public static CheckResult failed(CheckName name, ReasonCode code, String message) {
		return new CheckResult(name, CheckStatus.FAILED, code, message);
	}

	public static CheckResult notChecked(CheckName name, ReasonCode code, String message) {
		return new CheckResult(name, CheckStatus.NOT_CHECKED, code, message);
	}

	public static CheckResult notApplicable(CheckName name, String message) {
		return new CheckResult(name, CheckStatus.NOT_APPLICABLE, ReasonCode.OK, message);
	}

	public static CheckResult skipped(CheckName name) {
		return new CheckResult(name, CheckStatus.NOT_CHECKED, ReasonCode.SKIPPED,
				"Not checked because an earlier check failed.");
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
