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
}
