package org.skillcred.issuer.system;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.skillcred.core.i18n.Language;
import org.skillcred.core.i18n.Languages;
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

	private static final String CHOSEN = PageLanguage.class.getName() + ".chosen";

	private final Languages languages;

	PageLanguage(Languages languages) {
		this.languages = languages;
	}

	/**
	 * Fixes the language of the page being answered.
	 * @param request the request
	 * @param language a supported language
	 */
	public static void choose(HttpServletRequest request, Language language) {
		request.setAttribute(CHOSEN, language.code());
	}

	/**
	 * The language asked for, or the browser's first supported one.
	 * @param request the request
	 * @return the language, or null when neither names a supported one
	 */
	public @Nullable Language asked(HttpServletRequest request) {
		String lang = request.getParameter("lang");
		if (languages.supports(lang)) {
			return languages.get(lang);
		}
		if (request.getHeader("Accept-Language") == null) {
			return null; // the container would report its own default locale, not the reader's
		}
		List<Locale> preferred = Collections.list(request.getLocales());
		return languages.firstOf(preferred).orElse(null);
	}

	/**
	 * The language of a page: the one asked for, else a default.
	 * @param request the request
	 * @param otherwise the language code to use when the reader names none
	 * @return the language
	 */
	public Language of(HttpServletRequest request, String otherwise) {
		Language asked = asked(request);
		return (asked != null) ? asked : languages.get(otherwise);
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LocaleResolver() {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				Object chosen = request.getAttribute(CHOSEN);
				return (chosen instanceof String code) ? languages.get(code).locale() : of(request, Languages.FALLBACK).locale();
			}

			@Override
			public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
					@Nullable Locale locale) {
				throw new UnsupportedOperationException("The page language follows each request");
			}
		};
	}

}
