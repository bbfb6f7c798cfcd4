package org.skillcred.verifier.system;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.skillcred.web.BodySizeLimitFilter;
import org.skillcred.web.ProblemErrorReportValve;
import org.skillcred.web.SecurityHeadersFilter;
import org.skillcred.web.RequestLogFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Clock, request size limit and page language for the verifier.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/** The six official UN languages the pages are written in. */
	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
			Locale.forLanguageTag("ru"), Locale.CHINESE, Locale.forLanguageTag("ar"));

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
			org.springframework.boot.servlet.autoconfigure.MultipartProperties multipart) {
		// uploads are bounded by the multipart limits; everything else by the same request limit
		long limit = multipart.getMaxRequestSize().toBytes();
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
				new BodySizeLimitFilter(limit, (response, max) -> {
					response.setStatus(413);
					response.setContentType("application/problem+json");
					response.getWriter()
						.write("{\"type\":\"urn:skillcred:problem:payload-too-large\",\"title\":\"payload too large\","
								+ "\"status\":413,\"detail\":\"The request is larger than " + max
								+ " bytes.\",\"code\":\"PAYLOAD_TOO_LARGE\"}");
				}));
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

	/** The Prometheus endpoint answers only the scraper holding the metrics token. */
	@Bean
	FilterRegistrationBean<MetricsAccessFilter> metricsAccessFilter(
			@org.springframework.beans.factory.annotation.Value("${verifier.metrics.token:}") String token) {
		FilterRegistrationBean<MetricsAccessFilter> registration = new FilterRegistrationBean<>(
				new MetricsAccessFilter(token));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
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

	/**
	 * The page language: {@code ?lang=xx} if given, else the browser's {@code Accept-Language},
	 * else English.
	 */
	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver() {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				String lang = request.getParameter("lang");
				if (lang != null) {
					for (Locale supported : LANGUAGES) {
						if (supported.getLanguage().equals(lang)) {
							return supported;
						}
					}
				}
				return super.resolveLocale(request);
			}
		};
		resolver.setSupportedLocales(LANGUAGES);
		resolver.setDefaultLocale(Locale.ENGLISH);
		return resolver;
	}

}
