package org.skillcred.verifier.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.verifier.input.UnusableUploadException;
import org.skillcred.web.CallerText;
import org.skillcred.web.PayloadTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where exceptions become answers: an RFC 9457 problem document with a stable
 * {@code code} for machines, a readable error page for people (browsers asking for HTML outside
 * the APIs). Never a stack trace, class name or cause chain.
 */
@ControllerAdvice
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	record Problem(HttpStatusCode status, String code, String detail) {
	}

	@ExceptionHandler(Exception.class)
	Object handle(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		Problem problem = problemOf(ex);
		if (wantsPage(request)) {
			ModelAndView page = new ModelAndView("error");
			page.setStatus(HttpStatus.valueOf(problem.status().value()));
			page.addObject("status", problem.status().value());
			page.addObject("code", problem.code());
			return page;
		}
		return respond(problem);
	}

	static ResponseEntity<ProblemDetail> respond(Problem problem) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.detail());
		body.setType(java.net.URI.create("urn:skillcred:problem:"
				+ problem.code().toLowerCase(Locale.ROOT).replace('_', '-')));
		body.setTitle(title(problem.code()));
		body.setProperty("code", problem.code());
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (problem.status().value() == 503 || problem.status().value() == 429) {
			answer.header("Retry-After", "5");
		}
		return answer.body(body);
	}

	/** Writes a problem document straight to the response, for filters that answer themselves. */
	static void write(HttpServletResponse response, int status, String code, String detail) throws java.io.IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "urn:skillcred:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
		problem.put("title", title(code));
		problem.put("status", status);
		problem.put("detail", detail);
		problem.put("code", code);
		response.getWriter().write(JsonMapper.shared().writeValueAsString(problem));
	}

	/** A problem's title from its code, in the words of the issuer's titles: MALFORMED_REQUEST, "Malformed request". */
	static String title(String code) {
		String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	static Problem problemOf(Exception ex) {
		if (ex instanceof VerifierException v) {
			return new Problem(v.status(), v.code(), v.getMessage());
		}
		if (ex instanceof UnusableUploadException u) {
			HttpStatus status = switch (u.reason()) {
				case UNSUPPORTED_FILE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
				case FILE_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
				case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
				default -> HttpStatus.UNPROCESSABLE_CONTENT;
			};
			return new Problem(status, u.reason().name(), u.getMessage());
		}
		if (ex instanceof org.apache.tomcat.util.http.InvalidParameterException invalid) {
			// a form Tomcat would not parse: too large (413) or malformed (400)
			return (invalid.getErrorCode() == 413)
					? new Problem(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "The form is too large.")
					: new Problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "The form could not be read.");
		}
		if (ex instanceof MaxUploadSizeExceededException || tooLarge(ex)) {
			return new Problem(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "The upload is too large.");
		}
		if (ex instanceof MultipartException) {
			return new Problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "The upload could not be read.");
		}
		if (ex instanceof org.springframework.http.InvalidMediaTypeException) {
			return new Problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "A media type in the request is not valid.");
		}
		if (ex instanceof HttpMessageNotReadableException) {
			for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
					return new Problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "The request has a field this API does "
							+ "not know (" + CallerText.quote(unknown.getPropertyName(), 40) + "); it is refused rather than ignored.");
				}
				if (cause instanceof tools.jackson.core.JacksonException read && CredentialJson.namesAMemberTwice(read)) {
					return new Problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
							"The request names a field twice: JSON readers differ on which one counts, so neither is used.");
				}
			}
			return new Problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
					"The request body is missing, is not valid JSON or is not of the form this API reads.");
		}
		if (ex instanceof MethodArgumentNotValidException) {
			return new Problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "The request lacks a credential.");
		}
		if (ex instanceof ErrorResponse error) {
			HttpStatusCode status = error.getStatusCode();
			String code = switch (status.value()) {
				case 404 -> "NOT_FOUND";
				case 405 -> "METHOD_NOT_ALLOWED";
				case 406 -> "NOT_ACCEPTABLE";
				case 415 -> "UNSUPPORTED_MEDIA_TYPE";
				default -> status.is5xxServerError() ? "INTERNAL_ERROR" : "MALFORMED_REQUEST";
			};
			return new Problem(status, code, status.is5xxServerError() ? "The request could not be completed."
					: "The request cannot be served (" + status.value() + ").");
		}
		log.error("Unexpected error", ex);
		return new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "The request could not be completed.");
	}

	private static boolean tooLarge(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof PayloadTooLargeException) {
				return true;
			}
		}
		return false;
	}

	static boolean wantsPage(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("text/html") && !uri.startsWith("/api/")
				&& !uri.startsWith("/credentials/");
	}

}
