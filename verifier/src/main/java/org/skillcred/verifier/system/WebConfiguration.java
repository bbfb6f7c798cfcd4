package org.skillcred.verifier.system;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.skillcred.web.BodySizeLimitFilter;
import org.skillcred.web.ClientAddresses;
import org.skillcred.web.RateLimitFilter;
import org.skillcred.web.RequestLogFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.skillcred.core.i18n.Languages;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Clock, request size limit and page language for the verifier.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.context.annotation.Import(org.skillcred.web.CommonWebConfiguration.class)
class WebConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
			org.springframework.boot.servlet.autoconfigure.MultipartProperties multipart) {
		// uploads are bounded by the multipart limits (phone photos are large); everything else,
		// JSON and forms carrying at most a credential, by a much smaller one
		long uploadLimit = multipart.getMaxRequestSize().toBytes();
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
				new BodySizeLimitFilter(request -> isUpload(request) ? uploadLimit : MAX_BODY, (request, response, max) -> {
					if (ErrorHandling.wantsPage(request)) {
						ContainerErrorController.showPage(request, response, 413); // in the visitor's language
						return;
					}
					ErrorHandling.write(response, 413, "PAYLOAD_TOO_LARGE", "The request is larger than " + max + " bytes.");
				}));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/** The largest JSON or form body: a credential is at most 256 KB, plus room for options. */
	static final long MAX_BODY = 1024 * 1024;

	private static boolean isUpload(jakarta.servlet.http.HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	/** The Prometheus endpoint answers only the scraper holding the metrics token. */
	@Bean
	FilterRegistrationBean<MetricsAccessFilter> metricsAccessFilter(MetricsProperties metrics) {
		FilterRegistrationBean<MetricsAccessFilter> registration = new FilterRegistrationBean<>(
				new MetricsAccessFilter(metrics.token()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/** Limits the verifications that cause fetches from issuers: see {@link RateLimitProperties}. */
	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties limits) {
		List<RateLimitFilter.Rule> rules = List.of(
				new RateLimitFilter.Rule("links",
						request -> "GET".equals(request.getMethod()) && request.getRequestURI().startsWith("/v/"), null,
						limits.linkLookupsPerMinute()),
				new RateLimitFilter.Rule("verifications",
						request -> "POST".equals(request.getMethod()) && VERIFICATIONS.contains(request.getRequestURI()),
						null, limits.verificationsPerMinute()));
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(rules,
				new ClientAddresses(limits.clientAddressHeader(), limits.trustedProxies())));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		registration.setEnabled(limits.enabled());
		return registration;
	}

	private static final java.util.Set<String> VERIFICATIONS = java.util.Set.of("/", "/api/v1/verify",
			"/credentials/verify");

	/** One log line per request, without personal data: see {@link RequestLogFilter}. */
	@Bean
	FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
		FilterRegistrationBean<RequestLogFilter> registration = new FilterRegistrationBean<>(new RequestLogFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * The languages the pages are written in: one for each {@code i18n/messages_<code>.properties}
	 * ({@code messages.properties} is English), described by its own {@code language.*} and
	 * {@code date.*} keys. Adding a language is adding its messages file.
	 */
	@Bean
	Languages languages() throws java.io.IOException {
		java.util.Map<String, java.util.Properties> labels = new java.util.HashMap<>();
		for (org.springframework.core.io.Resource file : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
			.getResources("classpath*:i18n/messages*.properties")) {
			java.util.regex.Matcher name = MESSAGES.matcher(java.util.Objects.requireNonNullElse(file.getFilename(), ""));
			if (name.matches()) {
				java.util.Properties values = new java.util.Properties();
				try (var reader = new java.io.InputStreamReader(file.getInputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
					values.load(reader);
				}
				labels.put((name.group(1) != null) ? name.group(1) : Languages.FALLBACK, values);
			}
		}
		return Languages.of(labels);
	}

	private static final java.util.regex.Pattern MESSAGES = java.util.regex.Pattern.compile("messages(?:_([a-z]{2,3}))?\\.properties");

	/**
	 * The page language: {@code ?lang=xx} if given, else the first of the browser's languages the
	 * pages are written in, else English.
	 */
	@Bean
	LocaleResolver localeResolver(Languages languages) {
		return new AcceptHeaderLocaleResolver() {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				String lang = request.getParameter("lang");
				if (languages.supports(lang)) {
					return languages.get(lang).locale();
				}
				if (request.getHeader("Accept-Language") == null) {
					return Locale.ENGLISH;
				}
				return languages.firstOf(java.util.Collections.list(request.getLocales()))
					.map(org.skillcred.core.i18n.Language::locale)
					.orElse(Locale.ENGLISH);
			}
		};
	}

}
