package org.skillcred.core.verification;

/**
 * A token that cannot be read as a credential JWT, with the reason code to report.
 */
public class FormatException extends Exception {

	private final ReasonCode code;

	public FormatException(ReasonCode code, String message) {
		super(message);
		this.code = code;
	}

	/**
	 * The reason code for the {@link CheckName#FORMAT} check.
	 * @return the code
	 */
	public ReasonCode code() {
		return code;
	}

}
