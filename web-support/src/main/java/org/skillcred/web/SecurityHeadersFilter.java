package org.skillcred.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every answer of both services: a Content-Security-Policy that allows no
 * inline or foreign script and no framing, no referrer leaving the site (verification links carry
 * credential ids), and no MIME sniffing of uploads or downloads.
 * <p>
 * Styles may be inline ({@code 'unsafe-inline'} for {@code style-src} only): the pages carry their
 * few rules inline so that each loads in one request; styles cannot run code.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

	/** The policy: own resources only, images also as data URLs (QR codes), never framed. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "no-referrer");
		chain.doFilter(request, response);
	}

}
