package org.skillcred.issuer.system;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the issuer's pages: the one a page chose (the learner page falls back to the
 * certificate's language), else {@code ?lang=}, else the first of the browser's languages the pages
 * are written in, else English. Spring renders views in this locale and sends it as
 * {@code Content-Language}, so the header always names the language the page is in.
 */
@Configuration(proxyBeanMethods = false)
public class PageLanguage {

	/** The languages the pages are written in. */
	public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");

	private static final String CHOSEN = PageLanguage.class.getName() + ".chosen";

	/**
	 * Fixes the language of the page being answered.
	 * @param request the request
	 * @param language one of {@link #LANGUAGES}
	 */
	public static void choose(HttpServletRequest request, String language) {
		request.setAttribute(CHOSEN, language);
	}

	/**
	 * The language asked for, or the browser's first supported one.
	 * @param request the request
	 * @return the language, or null when neither names a supported one
	 */
	public static @Nullable String asked(HttpServletRequest request) {
		String lang = request.getParameter("lang");
		if (lang != null && LANGUAGES.contains(lang)) {
			return lang;
		}
		if (request.getHeader("Accept-Language") == null) {
			return null; // the container would report its own default locale, not the reader's
		}
		for (Locale locale : Collections.list(request.getLocales())) {
			if (LANGUAGES.contains(locale.getLanguage())) {
				return locale.getLanguage();
			}
		}
		return null;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LocaleResolver() {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				Object chosen = request.getAttribute(CHOSEN);
				String language = (chosen instanceof String c) ? c : asked(request);
				return Locale.forLanguageTag((language != null) ? language : "en");
			}

			@Override
			public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
					@Nullable Locale locale) {
				throw new UnsupportedOperationException("The page language follows each request");
			}
		};
	}

}
