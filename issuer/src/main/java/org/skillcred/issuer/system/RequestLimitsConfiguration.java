package org.skillcred.issuer.system;

import org.skillcred.web.BodySizeLimitFilter;
import org.skillcred.web.ProblemErrorReportValve;
import org.skillcred.web.SecurityHeadersFilter;
import org.skillcred.web.RequestLogFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Caps request bodies at {@code issuer.limits.max-body} before anything parses them.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(RequestLimitsProperties limits) {
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
				new BodySizeLimitFilter(request -> isUpload(request) ? limits.maxUpload().toBytes()
						: limits.maxBody().toBytes(), (response, limit) -> Problems.write(response,
						Problems.of(ProblemCode.PAYLOAD_TOO_LARGE,
								"The request body is larger than the limit of " + limit + " bytes."))));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/** Content-Security-Policy and friends on every answer: see {@link SecurityHeadersFilter}. */
	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Requests Tomcat rejects on its own get a problem document too: see {@link ProblemErrorReportValve}. */
	@Bean
	org.springframework.boot.web.server.WebServerFactoryCustomizer<org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory> problemErrorValve() {
		return factory -> factory.addContextCustomizers(ProblemErrorReportValve::install);
	}

	/** One log line per request, without personal data: see {@link RequestLogFilter}. */
	@Bean
	FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
		FilterRegistrationBean<RequestLogFilter> registration = new FilterRegistrationBean<>(new RequestLogFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Cohort uploads: the one request whose body may be large. */
	private static boolean isUpload(jakarta.servlet.http.HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/api/v1/batches".equals(request.getRequestURI());
	}

}
