package org.skillcred.core.verification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads credential dates: XML Schema {@code dateTimeStamp} strings (a value without offset is read
 * as UTC, as VCDM 2.0 §4.9 requires) and JWT NumericDate seconds.
 */
public final class Times {

	private static final long MAX_EPOCH_SECONDS = 253402300799L; // 9999-12-31T23:59:59Z

	private Times() {
	}

	static Instant fromEpoch(long seconds) {
		return Instant.ofEpochSecond(Math.max(0, Math.min(seconds, MAX_EPOCH_SECONDS)));
	}

	/**
	 * Parses a date field.
	 * @param node the field, possibly null
	 * @return the instant, or null when absent
	 * @throws IllegalArgumentException when present but not a date
	 */
	public static @Nullable Instant dateField(@Nullable JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (!node.isString()) {
			throw new IllegalArgumentException("not a date string");
		}
		String text = node.asString();
		if (text.startsWith("+") || text.startsWith("-")) {
			// java.time reads "+99999-01-01" as a year; XML Schema has no '+', and no credential
			// was issued before the year 1
			throw new IllegalArgumentException("not a date: " + text);
		}
		Instant fast = utcSeconds(text);
		if (fast != null) {
			return fast;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ex2) {
				throw new IllegalArgumentException("not a date: " + text);
			}
		}
	}

	/**
	 * The form almost every credential uses, {@code 2026-06-01T12:00:00Z}, read without the general
	 * parser: a verification reads each date several times, and the general parser costs about as
	 * much as all the other rules together. Anything else goes to the general parser.
	 * @return the instant, or null when the text is not in exactly this form
	 */
	private static @Nullable Instant utcSeconds(String text) {
		if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(Math.max(year, 1), month)
			.lengthOfMonth() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
			return null; // not a valid date: the general parser says why
		}
		long days = java.time.LocalDate.of(year, month, day).toEpochDay();
		return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second);
	}

	/** The decimal value of a run of ASCII digits, or -1 when any is not a digit. */
	private static int digits(String text, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/**
	 * Parses a NumericDate claim.
	 * @param node the claim, possibly null
	 * @return the instant, or null when absent or not a number
	 */
	static @Nullable Instant numericDate(@Nullable JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (!node.isNumber()) { // an "exp" as a string was read as no exp at all
			throw new IllegalArgumentException("not a NumericDate");
		}
		return fromEpoch(node.asLong());
	}

}
