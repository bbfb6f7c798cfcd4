package org.skillcred.verifier.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers errors that happen outside Spring MVC (the servlet container rejecting a request, a
 * filter failing) like every other error: a problem document, or a readable page for a browser.
 * Called directly, {@code /error} is a path that serves nothing: 404.
 */
@io.swagger.v3.oas.annotations.Hidden
@Controller
class ContainerErrorController implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int code = (status instanceof Integer i && i >= 400 && i < 600) ? i : 404;
		String problemCode = switch (code) {
			case 404 -> "NOT_FOUND";
			case 405 -> "METHOD_NOT_ALLOWED";
			case 413 -> "PAYLOAD_TOO_LARGE";
			case 429 -> "TOO_MANY_REQUESTS";
			default -> (code >= 500) ? "INTERNAL_ERROR" : "MALFORMED_REQUEST";
		};
		if (ErrorHandling.wantsPage(request)) {
			ModelAndView page = new ModelAndView("error");
			page.setStatus(HttpStatus.valueOf(code));
			page.addObject("status", code);
			page.addObject("code", problemCode);
			return page;
		}
		return ErrorHandling.respond(new ErrorHandling.Problem(HttpStatus.valueOf(code), problemCode,
				(code >= 500) ? "The request could not be completed." : "The request cannot be served (" + code + ")."));
	}

}
