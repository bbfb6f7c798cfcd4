package org.skillcred.core.status;

/**
 * A status list that cannot be obtained or trusted right now: the answer must be
 * indeterminate, never valid.
 */
public class StatusListUnavailableException extends Exception {

	public StatusListUnavailableException(String message) {
		super(message);
	}

	public StatusListUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
