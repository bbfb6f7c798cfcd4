package org.skillcred.issuer.system;

/**
 * A request the issuer cannot fulfil, with a stable {@link ProblemCode}. Thrown by use-case
 * services; the {@link ProblemDetailsAdvice} turns it into an RFC 9457 response.
 */
public class IssuerException extends RuntimeException {

	private final ProblemCode code;

	private final java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();

	public IssuerException(ProblemCode code, String detail) {
		super(detail);
		this.code = code;
	}

	public ProblemCode code() {
		return code;
	}

	/**
	 * Adds a member to the problem document, such as the rows a batch was rejected for.
	 * @param name the member name
	 * @param value its value, serialised as JSON
	 * @return this exception
	 */
	public IssuerException with(String name, Object value) {
		properties.put(name, value);
		return this;
	}

	public java.util.Map<String, Object> properties() {
		return java.util.Collections.unmodifiableMap(properties);
	}

	public static IssuerException notFound(String what) {
		return new IssuerException(ProblemCode.NOT_FOUND, what + " was not found.");
	}

}
