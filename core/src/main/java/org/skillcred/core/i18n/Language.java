package org.skillcred.core.i18n;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * One language the pages, certificates and e-mails are written in, described by data: its name
 * in itself, its writing direction and how it writes dates. Adding a language is adding its
 * labels file; nothing in the code names languages.
 * <p>
 * Read from these keys of a labels file: {@code language.name} (e.g. {@code Português}),
 * {@code language.direction} ({@code ltr} or {@code rtl}), {@code date.pattern} (a
 * {@link DateTimeFormatter} pattern, e.g. {@code d 'de' MMMM 'de' yyyy}; the locale's long date
 * when absent) and {@code date.day.N} (how day N is written where it is not a plain number, e.g.
 * {@code date.day.1=1er} in French).
 *
 * @param code the ISO 639 code, such as {@code pt}
 * @param name the language's name in itself
 * @param rtl whether it is written right to left
 * @param dates how it writes a date (in UTC)
 */
public record Language(String code, String name, boolean rtl, DateTimeFormatter dates) {

	/**
	 * A language from its labels.
	 * @param code the ISO 639 code
	 * @param labels the labels file
	 * @return the language
	 * @throws IllegalArgumentException when the direction or date pattern is not valid
	 */
	public static Language from(String code, Properties labels) {
		Locale locale = Locale.forLanguageTag(code);
		String direction = labels.getProperty("language.direction", "ltr").strip();
		if (!direction.equals("ltr") && !direction.equals("rtl")) {
			throw new IllegalArgumentException("language.direction of " + code + " must be ltr or rtl");
		}
		String pattern = labels.getProperty("date.pattern");
		DateTimeFormatter dates = (pattern == null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
				: withDayNames(pattern.strip(), dayNames(labels), locale);
		return new Language(code, labels.getProperty("language.name", code).strip(), direction.equals("rtl"),
				dates.withZone(ZoneOffset.UTC));
	}

	/**
	 * A date in this language, such as "1er décembre 2026".
	 * @param instant the instant (its UTC date is written)
	 * @return the date
	 */
	public String date(Instant instant) {
		return dates.format(instant);
	}

	/**
	 * The locale of this language.
	 * @return the locale
	 */
	public Locale locale() {
		return Locale.forLanguageTag(code);
	}

	private static Map<Long, String> dayNames(Properties labels) {
		Map<Long, String> names = new HashMap<>();
		for (long day = 1; day <= 31; day++) {
			names.put(day, labels.getProperty("date.day." + day, Long.toString(day)).strip());
		}
		return names;
	}

	/** The pattern, with its day-of-month field {@code d} written by the day names. */
	private static DateTimeFormatter withDayNames(String pattern, Map<Long, String> days, Locale locale) {
		DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
		StringBuilder pending = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			boolean singleDay = !quoted && c == 'd' && (i + 1 == pattern.length() || pattern.charAt(i + 1) != 'd')
					&& (i == 0 || pattern.charAt(i - 1) != 'd');
			if (singleDay) {
				if (!pending.isEmpty()) {
					builder.appendPattern(pending.toString());
					pending.setLength(0);
				}
				builder.appendText(ChronoField.DAY_OF_MONTH, days);
			}
			else {
				pending.append(c);
			}
		}
		if (!pending.isEmpty()) {
			builder.appendPattern(pending.toString());
		}
		return builder.toFormatter(locale);
	}

}
