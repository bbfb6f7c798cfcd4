package org.skillcred.core.verification;

/**
 * A broken data-model rule: which rule, where, and what is wrong.
 *
 * @param rule the stable rule id, such as {@code vcdm2.context.base-first}; listed with its
 * specification section in {@code docs/conformance.md}
 * @param pointer the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the whole credential
 * @param message what is wrong, for people
 */
public record RuleViolation(String rule, String pointer, String message) {

	/**
	 * A member name as one step of a JSON Pointer (RFC 6901 §3: {@code ~} as {@code ~0}, {@code /} as {@code ~1}).
	 * @param member the member name
	 * @return the escaped step
	 */
	public static String pointerToken(String member) {
		return member.replace("~", "~0").replace("/", "~1");
	}

}
