package org.skillcred.issuer.system;

/**
 * A request the issuer cannot fulfil, with a stable {@link ProblemCode}. Thrown by use-case
 * services; the {@link ProblemDetailsAdvice} turns it into an RFC 9457 response.
 */
public class IssuerException extends RuntimeException {

	private final ProblemCode code;

	public IssuerException(ProblemCode code, String detail) {
		super(detail);
		this.code = code;
	}

	public ProblemCode code() {
		return code;
	}

	public static IssuerException notFound(String what) {
		return new IssuerException(ProblemCode.NOT_FOUND, what + " was not found.");
	}

}
