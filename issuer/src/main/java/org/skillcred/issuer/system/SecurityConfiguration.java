package org.skillcred.issuer.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * API security: partners and admins authenticate with {@code Authorization: Bearer <api key>}
 * (RFC 6750); keys are resolved by an {@link OpaqueTokenIntrospector} against hashed keys. The API
 * is stateless, so there are no sessions and no CSRF tokens. Public documents (keys, credentials,
 * API docs) need no authentication.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String ROLE_PARTNER = "PARTNER";

	static final String ROLE_ADMIN = "ADMIN";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, OpaqueTokenIntrospector introspector) throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(b -> b.disable())
			.formLogin(f -> f.disable())
			.logout(l -> l.disable())
			.requestCache(c -> c.disable())
			.authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/admin/**", "/actuator/prometheus")
				.hasRole(ROLE_ADMIN)
				// a credential's partner or the administrator may read it and change its state
				.requestMatchers(HttpMethod.GET, "/api/v1/credentials/*", "/api/v1/credentials/*/pdf")
				.hasAnyRole(ROLE_PARTNER, ROLE_ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/v1/credentials/*/revoke", "/api/v1/credentials/*/suspend",
						"/api/v1/credentials/*/reinstate", "/api/v1/credentials/*/renew",
						"/api/v1/credentials/*/learner-link")
				.hasAnyRole(ROLE_PARTNER, ROLE_ADMIN)
				.requestMatchers("/api/**")
				.hasRole(ROLE_PARTNER)
				.requestMatchers(HttpMethod.POST, "/credentials/issue")
				.hasRole(ROLE_PARTNER)
				.anyRequest()
				.permitAll())
			.oauth2ResourceServer(rs -> rs.bearerTokenResolver(SecurityConfiguration::bearerTokenWhereNeeded)
				.opaqueToken(t -> t.introspector(introspector))
				.authenticationEntryPoint(SecurityConfiguration::unauthorized)
				.accessDeniedHandler(forbidden()))
			.exceptionHandling(e -> e
				.authenticationEntryPoint(SecurityConfiguration::unauthorized)
				.accessDeniedHandler(forbidden()));
		return http.build();
	}

	private static final DefaultBearerTokenResolver BEARER = new DefaultBearerTokenResolver();

	/**
	 * Reads the API key only on the paths that take one. A public document (keys, credentials,
	 * status lists, learner pages) ignores an {@code Authorization} header, so a client that sends
	 * its key everywhere, or a stale one, never makes a public resource fail.
	 */
	private static @Nullable String bearerTokenWhereNeeded(HttpServletRequest request) {
		String path = request.getRequestURI();
		// operations endpoints read the admin key too: health shows its details to the admin
		boolean protectedPath = path.startsWith("/api/") || path.startsWith("/actuator/")
				|| (path.equals("/credentials/issue") && "POST".equals(request.getMethod()));
		if (!protectedPath) {
			return null;
		}
		java.util.Enumeration<String> headers = request.getHeaders("Authorization");
		if (headers != null && headers.hasMoreElements()) {
			headers.nextElement();
			if (headers.hasMoreElements()) {
				// two keys: the server would act as whichever it reads first, the caller may mean the other
				throw new org.springframework.security.oauth2.server.resource.InvalidBearerTokenException(
						"Send one Authorization header, not several.");
			}
		}
		return BEARER.resolve(request);
	}

	/** URLs the firewall rejects (encoded slashes, path traversal) get a problem document too. */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, ex) -> Problems.write(response,
				Problems.of(ProblemCode.MALFORMED_REQUEST, "The request URL is not allowed."));
	}

	private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		// RFC 6750 §3: no error code when no credentials were sent, invalid_token when they were wrong
		boolean sent = request.getHeader("Authorization") != null;
		response.setHeader("WWW-Authenticate",
				sent ? "Bearer realm=\"skillcred\", error=\"invalid_token\"" : "Bearer realm=\"skillcred\"");
		Problems.write(response, Problems.of(ProblemCode.UNAUTHORIZED,
				"A valid API key is required: send it as 'Authorization: Bearer <key>'."));
	}

	private static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> Problems.write(response,
				Problems.of(ProblemCode.FORBIDDEN, "This API key may not use this operation."));
	}

}
