package org.skillcred.issuer.system;

import java.util.List;

import org.skillcred.web.BodySizeLimitFilter;
import org.skillcred.web.ClientAddresses;
import org.skillcred.web.RateLimitFilter;
import org.skillcred.web.RequestLogFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Caps request bodies at {@code issuer.limits.max-body} before anything parses them.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.context.annotation.Import(org.skillcred.web.CommonWebConfiguration.class)
class RequestLimitsConfiguration {

	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(RequestLimitsProperties limits) {
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
				new BodySizeLimitFilter(request -> isUpload(request) ? limits.maxUpload().toBytes()
						: isBranding(request) ? limits.maxBranding().toBytes() : limits.maxBody().toBytes(), (request, response, limit) -> Problems.write(response,
						Problems.of(ProblemCode.PAYLOAD_TOO_LARGE,
								"The request body is larger than the limit of " + limit + " bytes."))));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/** Slows down guessing of API keys and learner links: see {@link RateLimitProperties}. */
	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties limits) {
		List<RateLimitFilter.Rule> rules = List.of(
				new RateLimitFilter.Rule("auth-failures", request -> request.getHeader("Authorization") != null,
						status -> status == 401, limits.authFailuresPerMinute()),
				new RateLimitFilter.Rule("learner-link-failures", request -> request.getRequestURI().startsWith("/learn/"),
						status -> status == 404, limits.learnerLinkFailuresPerMinute()));
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(rules,
				new ClientAddresses(limits.clientAddressHeader(), limits.trustedProxies())));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		registration.setEnabled(limits.enabled());
		return registration;
	}

	/** One log line per request, without personal data: see {@link RequestLogFilter}. */
	@Bean
	FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
		FilterRegistrationBean<RequestLogFilter> registration = new FilterRegistrationBean<>(new RequestLogFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Cohort uploads: the one request whose body may be large. */
	private static boolean isBranding(jakarta.servlet.http.HttpServletRequest request) {
		return "PUT".equals(request.getMethod()) && request.getRequestURI().startsWith("/api/v1/admin/partners/")
				&& request.getRequestURI().endsWith("/branding");
	}

	private static boolean isUpload(jakarta.servlet.http.HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/api/v1/batches".equals(request.getRequestURI());
	}

}
