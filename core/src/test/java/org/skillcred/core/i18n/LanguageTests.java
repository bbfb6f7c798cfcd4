package org.skillcred.core.i18n;

import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Languages are data: name, direction and date convention come from the labels file. */
class LanguageTests {

	private static Properties labels(String... pairs) {
		Properties p = new Properties();
		for (int i = 0; i < pairs.length; i += 2) {
			p.setProperty(pairs[i], pairs[i + 1]);
		}
		return p;
	}

	private static final Instant FIRST = Instant.parse("2026-12-01T23:30:00Z");

	private static final Instant SECOND = Instant.parse("2026-12-02T00:30:00Z");

	@Test
	void datesFollowEachLanguagesConvention() {
		Language french = Language.from("fr", labels("language.name", "Français", "date.pattern", "d MMMM yyyy",
				"date.day.1", "1er"));
		assertThat(french.date(FIRST)).isEqualTo("1er décembre 2026");
		assertThat(french.date(SECOND)).isEqualTo("2 décembre 2026");
		Language english = Language.from("en", labels("date.pattern", "d MMMM yyyy"));
		assertThat(english.date(FIRST)).as("day, month, year for a global audience").isEqualTo("1 December 2026");
		assertThat(Language.from("pt", labels("date.pattern", "d 'de' MMMM 'de' yyyy")).date(FIRST))
			.isEqualTo("1 de dezembro de 2026");
		assertThat(Language.from("sw", labels("date.pattern", "d MMMM yyyy")).date(FIRST)).isEqualTo("1 Desemba 2026");
		assertThat(Language.from("zh", labels("date.pattern", "yyyy'年'M'月'd'日'")).date(FIRST)).isEqualTo("2026年12月1日");
		assertThat(Language.from("ru", labels("date.pattern", "d MMMM yyyy 'г.'")).date(FIRST)).isEqualTo("1 декабря 2026 г.");
		assertThat(Language.from("de", labels()).date(FIRST)).as("no pattern: the locale's long date").contains("2026");
	}

	@Test
	void directionAndNameFromData() {
		Language arabic = Language.from("ar", labels("language.name", "العربية", "language.direction", "rtl"));
		assertThat(arabic.rtl()).isTrue();
		assertThat(arabic.name()).isEqualTo("العربية");
		assertThat(Language.from("sw", labels("language.name", "Kiswahili")).rtl()).isFalse();
		assertThatThrownBy(() -> Language.from("xx", labels("language.direction", "up"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void languagesPutEnglishFirstAndMatchBrowsers() {
		Languages languages = Languages.of(Map.of("sw", labels(), "en", labels(), "ar", labels("language.direction", "rtl")));
		assertThat(languages.codes()).containsExactly("en", "ar", "sw");
		assertThat(languages.firstOf(java.util.List.of(java.util.Locale.GERMAN, java.util.Locale.forLanguageTag("sw-KE"))))
			.map(Language::code).contains("sw");
		assertThat(languages.get("xx").code()).isEqualTo("en");
		assertThatThrownBy(() -> Languages.of(Map.of("fr", labels()))).as("English is every text's fallback")
			.isInstanceOf(IllegalArgumentException.class);
	}

}
