package org.skillcred.core.verification;

/**
 * Checks the {@code credentialStatus} of a credential whose signature has already been verified.
 * <p>
 * Implementations fail closed: when a status list cannot be fetched or verified, they return
 * {@link CheckStatus#NOT_CHECKED} with {@link ReasonCode#STATUS_UNAVAILABLE}, never a pass.
 */
@FunctionalInterface
public interface StatusCheck {

	/**
	 * Checks the status of a credential.
	 * @param credential the decoded, signature-verified credential
	 * @return a {@link CheckName#STATUS} result
	 */
	CheckResult check(DecodedCredential credential);

}
