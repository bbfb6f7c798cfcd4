package org.skillcred.verifier.system;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
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

	/**
	 * Shows the error page for a request a filter refuses before it is read. A plain
	 * {@code sendError} would not do for an upload: the error dispatch would try to parse the
	 * refused multipart body, fail, and leave Tomcat's bare answer. The page is rendered for the
	 * same request with its body hidden.
	 * @param request the refused request
	 * @param response its response
	 * @param status the status to answer
	 */
	static void showPage(HttpServletRequest request, HttpServletResponse response, int status)
			throws ServletException, IOException {
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		response.setStatus(status);
		// parameters from the query string only (?lang=): asking the container for them would
		// make it parse the refused body
		java.util.Map<String, String[]> query = new java.util.LinkedHashMap<>();
		for (String pair : java.util.Objects.toString(request.getQueryString(), "").split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			if (!name.isEmpty()) {
				query.putIfAbsent(name, new String[] { (equals < 0) ? "" : decode(pair.substring(equals + 1)) });
			}
		}
		HttpServletRequest bodiless = new HttpServletRequestWrapper(request) {
			@Override
			public String getContentType() {
				return null;
			}

			@Override
			public String getHeader(String name) {
				return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
			}

			@Override
			public String getParameter(String name) {
				String[] values = query.get(name);
				return (values == null || values.length == 0) ? null : values[0];
			}

			@Override
			public java.util.Map<String, String[]> getParameterMap() {
				return java.util.Collections.unmodifiableMap(query);
			}

			@Override
			public java.util.Enumeration<String> getParameterNames() {
				return java.util.Collections.enumeration(query.keySet());
			}

			@Override
			public String[] getParameterValues(String name) {
				return query.get(name);
			}
		};
		request.getRequestDispatcher("/error").forward(bodiless, response);
	}

	private static String decode(String text) {
		try {
			return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

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
