package org.skillcred.core.verification;

/**
 * Thrown by an {@link IssuerKeySource} when a trusted issuer's keys cannot be obtained (network
 * failure, bad document) and no usable cached copy exists. Leads to
 * {@link Verdict#INDETERMINATE}, never to {@link Verdict#VALID}.
 */
public class KeysUnavailableException extends Exception {

	public KeysUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

	public KeysUnavailableException(String message) {
		super(message);
	}

}
