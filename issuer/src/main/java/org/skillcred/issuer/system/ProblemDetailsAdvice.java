package org.skillcred.issuer.system;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.skillcred.web.PayloadTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.web.CallerText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where exceptions become RFC 9457 problem documents. Every problem carries a
 * stable {@code code}; none carries a class name, stack trace or cause chain.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final BrowserPages browserPages;

	ProblemDetailsAdvice(BrowserPages browserPages) {
		this.browserPages = browserPages;
	}

	@ExceptionHandler(IssuerException.class)
	Object handleIssuer(IssuerException ex, jakarta.servlet.http.HttpServletRequest request) {
		if (browserPages.wanted(request)) { // a dead learner link opened in a browser
			return browserPages.page(request, ex.code().status().value());
		}
		ProblemDetail problem = Problems.of(ex.code(), ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		return respond(problem);
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<ProblemDetail> handleTooLarge(PayloadTooLargeException ex) {
		return respond(Problems.of(ProblemCode.PAYLOAD_TOO_LARGE, ex.getMessage()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		return respond(Problems.of(ProblemCode.MALFORMED_REQUEST, "The value of '" + ex.getName() + "' is not valid."));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException ex) {
		return respond(Problems.of(ProblemCode.INVALID_FIELD, "The request has invalid parameters."));
	}

	@ExceptionHandler({ AuthenticationException.class, AccessDeniedException.class })
	void rethrowSecurity(RuntimeException ex) {
		throw ex; // let Spring Security's entry point and access-denied handler answer
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return respond(Problems.of(ProblemCode.INTERNAL_ERROR, "The request could not be completed."));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ProblemDetailsAdvice::fieldError)
			.toList();
		ProblemDetail problem = Problems.of(ProblemCode.INVALID_FIELD, "The request has invalid fields.");
		problem.setProperty("errors", errors);
		return new ResponseEntity<>(problem, ProblemCode.INVALID_FIELD.status());
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(ProblemCode.INVALID_FIELD, "The request has invalid parameters.");
		return new ResponseEntity<>(problem, ProblemCode.INVALID_FIELD.status());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof PayloadTooLargeException tooLarge) {
				return new ResponseEntity<>(Problems.of(ProblemCode.PAYLOAD_TOO_LARGE, tooLarge.getMessage()),
						ProblemCode.PAYLOAD_TOO_LARGE.status());
			}
			if (t instanceof UnrecognizedPropertyException unknown) {
				return new ResponseEntity<>(unknownField(unknown), ProblemCode.MALFORMED_REQUEST.status());
			}
			if (t instanceof StreamReadException read && CredentialJson.namesAMemberTwice(read)) {
				return new ResponseEntity<>(Problems.of(ProblemCode.MALFORMED_REQUEST, "The request names a field twice ("
						+ CallerText.quote(read.getOriginalMessage(), 120)
						+ "): JSON readers differ on which one counts, so neither is used."),
						ProblemCode.MALFORMED_REQUEST.status());
			}
			if (t instanceof DatabindException bad && !fieldPath(bad).isEmpty()) {
				ProblemDetail problem = Problems.of(ProblemCode.MALFORMED_REQUEST,
						"The value of " + fieldPath(bad) + " is not of the type or form it must have here.");
				problem.setProperty("field", fieldPath(bad));
				return new ResponseEntity<>(problem, ProblemCode.MALFORMED_REQUEST.status());
			}
		}
		return new ResponseEntity<>(
				Problems.of(ProblemCode.MALFORMED_REQUEST, "The request body is missing or is not valid JSON."),
				ProblemCode.MALFORMED_REQUEST.status());
	}

	/**
	 * A field this API does not know is refused, not ignored: a misspelt {@code validUntil} would
	 * otherwise sign a credential that never expires.
	 */
	private static ProblemDetail unknownField(UnrecognizedPropertyException unknown) {
		String path = fieldPath(unknown);
		String name = CallerText.quote(path.isEmpty() ? unknown.getPropertyName() : path, 80);
		java.util.List<String> known = (unknown.getKnownPropertyIds() == null) ? java.util.List.of()
				: unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
		ProblemDetail problem = Problems.of(ProblemCode.MALFORMED_REQUEST, "The request has a field this API does not "
				+ "know, " + name + (known.isEmpty() ? "" : "; the fields there are " + String.join(", ", known))
				+ ". Nothing was done: check its spelling.");
		problem.setProperty("field", name);
		return problem;
	}

	/** Where in the request body a reading error is, as {@code recipient.email} or {@code items[2].name}. */
	private static String fieldPath(JacksonException ex) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference step : ex.getPath()) {
			if (step.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
			}
			else if (step.getIndex() >= 0) {
				field.append('[').append(step.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Spring MVC's own errors (no such page, wrong method) for a browser: the page
		if (request instanceof org.springframework.web.context.request.ServletWebRequest servlet
				&& browserPages.wanted(servlet.getRequest())) {
			return browserPages.page(servlet.getRequest(), statusCode.value());
		}
		ProblemCode code = ProblemCode.forStatus(statusCode.value());
		ProblemDetail problem = (body instanceof ProblemDetail pd) ? pd : ProblemDetail.forStatus(statusCode);
		if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
			problem.setType(code.type());
			problem.setTitle(code.title());
			problem.setProperty("code", code.name());
			if (problem.getDetail() == null) {
				problem.setDetail(code.title() + ".");
			}
			if (statusCode.is5xxServerError()) {
				log.error("Request failed", ex);
				problem.setDetail("The request could not be completed.");
			}
		}
		return new ResponseEntity<>(problem, headers, statusCode);
	}

	private static Map<String, String> fieldError(FieldError error) {
		return Map.of("field", error.getField(), "message",
				(error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid");
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
