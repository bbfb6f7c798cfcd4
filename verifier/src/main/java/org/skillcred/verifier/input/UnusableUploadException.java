package org.skillcred.verifier.input;

/**
 * An upload that holds nothing to verify: not a supported file, no QR code, no credential.
 */
public class UnusableUploadException extends Exception {

	/** Stable reasons, returned as the problem {@code code}. */
	public enum Reason {

		UNSUPPORTED_FILE, NO_QR_CODE, NO_CREDENTIAL_IN_PDF, NO_CREDENTIAL_IN_BADGE, INVALID_PDF, FILE_TOO_LARGE,

		/** The file could not be read within the time or structure limits. */
		TOO_COMPLEX,

		/** Every upload reader of this instance is busy; try again shortly. */
		BUSY

	}

	private final Reason reason;

	public UnusableUploadException(Reason reason, String message) {
		super(message, null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
