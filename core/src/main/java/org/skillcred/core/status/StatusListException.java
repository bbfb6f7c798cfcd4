package org.skillcred.core.status;

/**
 * A status list that cannot be used: malformed, too large, or too short.
 */
public class StatusListException extends Exception {

	public StatusListException(String message) {
		super(message);
	}

}
