package org.skillcred.core.verification;

/**
 * The outcome of one check.
 */
public enum CheckStatus {

	/** The check ran and passed. */
	PASSED,

	/** The check ran and failed; the verdict is {@link Verdict#INVALID}. */
	FAILED,

	/**
	 * The check applies but could not run (a dependency was unreachable, or an earlier check made it
	 * meaningless). If nothing failed, the verdict is {@link Verdict#INDETERMINATE}.
	 */
	NOT_CHECKED,

	/** The check does not apply to this credential, for example status when it has no status entry. */
	NOT_APPLICABLE

}
