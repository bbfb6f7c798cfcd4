package org.skillcred.core.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * The languages a service is written in, found from its labels files: English first (the
 * fallback of every text), then the others by code.
 */
public final class Languages {

	/** The language every text falls back to. */
	public static final String FALLBACK = "en";

	private final Map<String, Language> languages;

	private Languages(Map<String, Language> languages) {
		this.languages = languages;
	}

	/**
	 * The languages of a set of labels files.
	 * @param labels each language's labels, by code
	 * @return the languages
	 * @throws IllegalArgumentException when English is missing or a file is not valid
	 */
	public static Languages of(Map<String, Properties> labels) {
		if (!labels.containsKey(FALLBACK)) {
			throw new IllegalArgumentException("The English labels are missing; every language falls back to them");
		}
		List<String> codes = new ArrayList<>(labels.keySet());
		codes.sort(Comparator.comparing((String code) -> !code.equals(FALLBACK)).thenComparing(Comparator.naturalOrder()));
		Map<String, Language> languages = new LinkedHashMap<>();
		for (String code : codes) {
			languages.put(code, Language.from(code, labels.get(code)));
		}
		return new Languages(languages);
	}

	/**
	 * All languages, English first.
	 * @return the languages
	 */
	public List<Language> all() {
		return List.copyOf(languages.values());
	}

	/**
	 * The codes of all languages, English first.
	 * @return the codes
	 */
	public List<String> codes() {
		return List.copyOf(languages.keySet());
	}

	/**
	 * Whether a language is supported.
	 * @param code a language code, possibly null
	 * @return true when it is one of these
	 */
	public boolean supports(@Nullable String code) {
		return code != null && languages.containsKey(code);
	}

	/**
	 * A language, or English when it is not supported.
	 * @param code the code
	 * @return the language
	 */
	public Language get(@Nullable String code) {
		return (code != null && languages.containsKey(code)) ? languages.get(code) : languages.get(FALLBACK);
	}

	/**
	 * The first of a reader's preferred locales that is supported.
	 * @param preferred the reader's locales, most preferred first
	 * @return its language, if any
	 */
	public Optional<Language> firstOf(List<Locale> preferred) {
		return preferred.stream().map(Locale::getLanguage).filter(languages::containsKey).findFirst().map(languages::get);
	}

}
