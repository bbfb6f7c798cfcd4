package org.skillcred.issuer.system;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * Stable problem codes of the issuer API, each with its HTTP status. The code is returned in the
 * {@code code} member of every RFC 9457 problem document and as the last segment of its
 * {@code type}; clients may rely on both.
 */
public enum ProblemCode {

	MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "Malformed request"),
	INVALID_FIELD(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid field"),
	INVALID_FILE(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid file"),
	TOO_MANY_ROWS(HttpStatus.CONTENT_TOO_LARGE, "Too many rows"),
	BATCH_REJECTED(HttpStatus.UNPROCESSABLE_CONTENT, "Batch rejected"),
	DUPLICATE_RECIPIENT(HttpStatus.UNPROCESSABLE_CONTENT, "Duplicate recipient"),
	INVALID_CREDENTIAL(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid credential"),
	UNKNOWN_ACHIEVEMENT(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown achievement"),
	UNKNOWN_TEMPLATE(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown certificate template"),
	UNPRINTABLE_NAME(HttpStatus.UNPROCESSABLE_CONTENT, "Name cannot be printed"),
	CERTIFICATE_LAYOUT(HttpStatus.UNPROCESSABLE_CONTENT, "Text does not fit the certificate"),
	DUPLICATE(HttpStatus.CONFLICT, "Already exists"),
	CONFLICT(HttpStatus.CONFLICT, "Conflict"),
	CREDENTIAL_REVOKED(HttpStatus.CONFLICT, "Credential revoked"),
	IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused"),
	UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Unauthorized"),
	FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden"),
	NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Payload too large"),
	PARTNER_DISABLED(HttpStatus.FORBIDDEN, "Partner disabled"),
	TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
	INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
	SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable");

	private static final String TYPE_PREFIX = "urn:skillcred:problem:";

	private final HttpStatus status;

	private final String title;

	ProblemCode(HttpStatus status, String title) {
		this.status = status;
		this.title = title;
	}

	public HttpStatus status() {
		return status;
	}

	public String title() {
		return title;
	}

	/**
	 * The problem {@code type} URI, such as {@code urn:skillcred:problem:unknown-achievement}.
	 * @return the type
	 */
	public URI type() {
		return URI.create(TYPE_PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	/**
	 * The code that best describes a bare HTTP status, for errors raised by the framework.
	 * @param status the status
	 * @return the code
	 */
	public static ProblemCode forStatus(int status) {
		return switch (status) {
			case 400 -> MALFORMED_REQUEST;
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 422 -> INVALID_FIELD;
			case 429 -> TOO_MANY_REQUESTS;
			case 503 -> SERVICE_UNAVAILABLE;
			default -> (status >= 500) ? INTERNAL_ERROR : MALFORMED_REQUEST;
		};
	}

}
