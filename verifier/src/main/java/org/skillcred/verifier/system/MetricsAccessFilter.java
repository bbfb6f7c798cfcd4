package org.skillcred.verifier.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the Prometheus endpoint private: it answers only a scraper that sends
 * {@code Authorization: Bearer <verifier.metrics.token>}, and not at all (404) when no token is
 * configured, which is the default. Verdict counts by reason are operational data, not public.
 */
class MetricsAccessFilter extends OncePerRequestFilter {

	private final byte @Nullable [] expected;

	MetricsAccessFilter(@Nullable String token) {
		this.expected = (token == null || token.isBlank()) ? null
				: ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/actuator/prometheus");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String sent = request.getHeader("Authorization");
		if (expected == null) {
			ErrorHandling.write(response, 404, "NOT_FOUND", "The request cannot be served (404).");
			return;
		}
		if (sent == null || !MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.UTF_8))) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"skillcred-verifier-metrics\"");
			ErrorHandling.write(response, 401, "UNAUTHORIZED", "The metrics endpoint needs the metrics token.");
			return;
		}
		chain.doFilter(request, response);
	}

}
