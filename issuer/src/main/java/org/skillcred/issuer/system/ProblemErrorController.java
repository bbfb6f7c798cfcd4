package org.skillcred.issuer.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors that happen outside Spring MVC (the servlet container rejecting a request, a
 * filter failing) with a problem document instead of the default error page.
 */
@io.swagger.v3.oas.annotations.Hidden
@RestController
class ProblemErrorController implements ErrorController {

	private final BrowserPages browserPages;

	ProblemErrorController(BrowserPages browserPages) {
		this.browserPages = browserPages;
	}

	/** The same errors for a browser: a page in the visitor's language. */
	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	Object errorPage(HttpServletRequest request) {
		if (!browserPages.wanted(request)) {
			return error(request);
		}
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return browserPages.page(request, (status instanceof Integer i) ? i : 404);
	}

	@RequestMapping(path = "/error", produces = { MediaType.APPLICATION_PROBLEM_JSON_VALUE,
			MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE })
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// called directly, /error is just a path that serves nothing
		int code = (status instanceof Integer i) ? i : 404;
		ProblemCode problemCode = ProblemCode.forStatus(code);
		String detail = (code >= 500) ? "The request could not be completed."
				: (code == 429) ? "Too many requests from your address; try again after the Retry-After delay."
						: problemCode.title() + ".";
		ProblemDetail problem = Problems.of(problemCode, detail);
		problem.setStatus(code);
		return ResponseEntity.status(code).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
