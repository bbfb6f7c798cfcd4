package org.skillcred.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * What both services' web layers share: security headers on every answer, problem documents for
 * requests Tomcat rejects on its own, and strict reading of JSON requests. Each service imports it.
 */
@Configuration(proxyBeanMethods = false)
public class CommonWebConfiguration {

	/** Content-Security-Policy and friends on every answer: see {@link SecurityHeadersFilter}. */
	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * How both services' JSON APIs read requests: what was sent is what is acted on, or the request
	 * is refused. A field the API does not know is refused rather than ignored (a misspelt
	 * {@code validUntil} signed a credential that never expires); a field named twice is refused,
	 * since JSON readers differ on which one counts; a number or boolean is not text
	 * ({@code "name": 42} was signed as "42", {@code "credential": 123} read as a token).
	 */
	@Bean
	JsonMapperBuilderCustomizer strictJsonRequests() {
		return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.withCoercionConfig(LogicalType.Textual, config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

	/** Requests Tomcat rejects on its own get a problem document: see {@link ProblemErrorReportValve}. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorValve() {
		return factory -> factory.addContextCustomizers(ProblemErrorReportValve::install);
	}

}
