package org.skillcred.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What both services' web layers share: security headers on every answer and problem documents
 * for requests Tomcat rejects on its own. Each service imports it.
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

	/** Requests Tomcat rejects on its own get a problem document: see {@link ProblemErrorReportValve}. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorValve() {
		return factory -> factory.addContextCustomizers(ProblemErrorReportValve::install);
	}

}
