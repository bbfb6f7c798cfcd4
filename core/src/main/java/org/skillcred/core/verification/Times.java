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
	 * Parses a NumericDate claim.
	 * @param node the claim, possibly null
	 * @return the instant, or null when absent or not a number
	 */
	static @Nullable Instant numericDate(@Nullable JsonNode node) {
		return (node != null && node.isNumber()) ? fromEpoch(node.asLong()) : null;
	}

}
