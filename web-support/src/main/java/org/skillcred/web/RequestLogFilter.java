package org.skillcred.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request: method, the route as declared (such as
 * {@code /learn/{token}/certificate.pdf}), status and duration. Never the actual path, query,
 * headers or body: paths carry learner tokens and credential ids, bodies carry names and
 * e-mails, and headers carry API keys. Logged under {@code skillcred.requests} at INFO.
 */
public class RequestLogFilter extends OncePerRequestFilter {

	private static final Log log = LogFactory.getLog("skillcred.requests");

	/** Where Spring MVC leaves the matched route ({@code HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE}). */
	private static final String ROUTE = "org.springframework.web.servlet.HandlerMapping.bestMatchingPattern";

	private static final String STARTED = RequestLogFilter.class.getName() + ".started";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!log.isInfoEnabled()) {
			chain.doFilter(request, response);
			return;
		}
		Object started = request.getAttribute(STARTED);
		long start = (started instanceof Long earlier) ? earlier : System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (request.isAsyncStarted()) {
				// a streamed answer: logged once, when its async dispatch completes
				request.setAttribute(STARTED, start);
			}
			else {
				Object route = request.getAttribute(ROUTE);
				log.info(request.getMethod() + " " + ((route != null) ? route : "(no route)") + " "
						+ response.getStatus() + " " + (System.nanoTime() - start) / 1_000_000 + "ms");
			}
		}
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

}
