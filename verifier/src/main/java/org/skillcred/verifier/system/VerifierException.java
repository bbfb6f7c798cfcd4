package org.skillcred.verifier.system;

import org.springframework.http.HttpStatus;

/**
 * A request that carries nothing verifiable, with its HTTP status and a stable code.
 */
public class VerifierException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	public VerifierException(HttpStatus status, String code, String detail) {
		super(detail, null, false, false);
		this.status = status;
		this.code = code;
	}

	public static VerifierException badRequest(String detail) {
		return new VerifierException(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", detail);
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

}
