package org.skillcred.issuer.system;

import org.skillcred.web.BodySizeLimitFilter;
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
				new BodySizeLimitFilter(limits.maxBody().toBytes(), (response, limit) -> Problems.write(response,
						Problems.of(ProblemCode.PAYLOAD_TOO_LARGE,
								"The request body is larger than the limit of " + limit + " bytes."))));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
