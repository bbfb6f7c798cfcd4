package org.skillcred.issuer.batch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.ProblemCode;
import org.skillcred.web.CallerText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an uploaded cohort: CSV (RFC 4180, UTF-8, a header row naming the columns) or a JSON
 * array of objects with the same member names. Problems with the file as a whole (encoding,
 * header, quoting, size) are thrown as {@link IssuerException}s; problems with one row are left to
 * {@link BatchValidation}, so the good rows still count.
 */
final class CohortFiles {

	static final String EXTERNAL_ID = "externalId";

	static final String NAME = "name";

	static final String EMAIL = "email";

	static final String ACHIEVEMENT_ID = "achievementId";

	static final String LANGUAGE = "language";

	static final String VALID_UNTIL = "validUntil";

	static final List<String> COLUMNS = List.of(EXTERNAL_ID, NAME, EMAIL, ACHIEVEMENT_ID, LANGUAGE, VALID_UNTIL);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setIgnoreSurroundingSpaces(true)
		.setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
		.get();

	private CohortFiles() {
	}

	/**
	 * Reads a CSV cohort.
	 * @param body the uploaded bytes
	 * @param maxRows the most rows allowed
	 * @return the rows, with their line numbers
	 * @throws IssuerException for a file that is not UTF-8 CSV with a valid header, or too long
	 */
	static List<CohortRow> csv(byte[] body, int maxRows) {
		String text = utf8(body);
		int[] lineStarts = lineStarts(text);
		try (CSVParser parser = CSV.parse(new StringReader(text))) {
			Map<String, Integer> header = (parser.getHeaderMap() != null) ? parser.getHeaderMap() : Map.of();
			requireHeader(header.keySet());
			List<CohortRow> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (rows.size() == maxRows) {
					throw tooManyRows(maxRows);
				}
				int line = lineOf(lineStarts, firstContent(text, record.getCharacterPosition()));
				if (!record.isConsistent()) {
					rows.add(CohortRow.unreadable(line, "The row has " + record.size() + " fields; the header has "
							+ header.size() + "."));
					continue;
				}
				rows.add(new CohortRow(line, cell(record, EXTERNAL_ID), cell(record, NAME), cell(record, EMAIL),
						cell(record, ACHIEVEMENT_ID), cell(record, LANGUAGE), cell(record, VALID_UNTIL), null));
			}
			return requireRows(rows);
		}
		catch (UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			// commons-csv reports unbalanced quotes and stray characters this way, with the line
			throw new IssuerException(ProblemCode.INVALID_FILE, "The CSV file cannot be read: " + reason(ex));
		}
		catch (IOException ex) {
			throw new IssuerException(ProblemCode.INVALID_FILE, "The CSV file cannot be read: " + reason(ex));
		}
	}

	/**
	 * Reads a JSON cohort: an array of objects.
	 * @param body the uploaded bytes
	 * @param maxRows the most rows allowed
	 * @return the rows, numbered from 1
	 * @throws IssuerException for a body that is not a JSON array of objects, or too long
	 */
	static List<CohortRow> json(byte[] body, int maxRows) {
		// read item by item, member by member: a hostile body (millions of empty objects, one object
		// with millions of members, deep nesting) is refused before it is built in memory
		List<CohortRow> rows = new ArrayList<>();
		try (JsonParser parser = JSON.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw new IssuerException(ProblemCode.INVALID_FILE, "The body must be a JSON array of recipients.");
			}
			JsonToken token;
			while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
				int line = rows.size() + 1;
				if (line > maxRows) {
					throw tooManyRows(maxRows);
				}
				if (token != JsonToken.START_OBJECT) {
					throw new IssuerException(ProblemCode.INVALID_FILE, "Item " + line + " is not a JSON object.");
				}
				rows.add(item(parser, line));
			}
			if (parser.nextToken() != null) {
				throw new IssuerException(ProblemCode.INVALID_FILE, "The body has more after the JSON array.");
			}
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null) ? " (line " + ex.getLocation().getLineNr() + ")" : "";
			throw new IssuerException(ProblemCode.INVALID_FILE, "The body is not valid JSON" + where + ".");
		}
		return requireRows(rows);
	}

	private static CohortRow item(JsonParser parser, int line) {
		Map<String, String> cells = new HashMap<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String member = parser.currentName();
			if (cells.containsKey(member)) { // JSON readers differ on which of two counts: neither does
				throw new IssuerException(ProblemCode.INVALID_FILE, "Item " + line + " names '" + member + "' twice.");
			}
			if (!COLUMNS.contains(member)) {
				throw new IssuerException(ProblemCode.INVALID_FILE, "Item " + line + " has an unknown member '"
						+ CallerText.quote(member, 40) + "'; allowed are "
						+ COLUMNS + ".");
			}
			JsonToken value = parser.nextToken();
			if (value == JsonToken.VALUE_STRING) {
				String text = parser.getString().strip();
				cells.put(member, text.isEmpty() ? null : text);
			}
			else if (value != JsonToken.VALUE_NULL) {
				throw new IssuerException(ProblemCode.INVALID_FILE,
						"Item " + line + ": '" + member + "' must be a string.");
			}
		}
		return new CohortRow(line, cells.get(EXTERNAL_ID), cells.get(NAME), cells.get(EMAIL), cells.get(ACHIEVEMENT_ID),
				cells.get(LANGUAGE), cells.get(VALID_UNTIL), null);
	}

	private static String utf8(byte[] body) {
		for (byte b : body) {
			if (b == 0) {
				throw new IssuerException(ProblemCode.INVALID_FILE, "The file is binary, not a CSV text file.");
			}
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new IssuerException(ProblemCode.INVALID_FILE,
					"The file is not UTF-8 text. Save the spreadsheet as 'CSV UTF-8' and upload it again.");
		}
	}

	/** The longest line read: a cohort row is a few hundred characters. */
	static final int MAX_LINE = 16_384;

	/**
	 * Where each line starts, refusing a line longer than {@link #MAX_LINE} before the CSV parser
	 * builds it (a line of millions of commas would otherwise become millions of fields).
	 */
	private static int[] lineStarts(String text) {
		int[] starts = new int[64];
		int count = 1;
		int lineStart = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (i - lineStart > MAX_LINE) {
					throw longLine(count);
				}
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
				lineStart = i + 1;
			}
		}
		if (text.length() - lineStart > MAX_LINE) {
			throw longLine(count);
		}
		return Arrays.copyOf(starts, count);
	}

	private static IssuerException longLine(int line) {
		return new IssuerException(ProblemCode.INVALID_FILE,
				"Line " + line + " is longer than " + MAX_LINE + " characters; this is not a cohort file.");
	}

	/** The record's first character: the parser counts skipped blank lines into the record. */
	private static long firstContent(String text, long position) {
		int at = (int) position;
		while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
			at++;
		}
		return at;
	}

	/** The 1-based line on which a character position lies. */
	private static int lineOf(int[] lineStarts, long position) {
		int found = Arrays.binarySearch(lineStarts, (int) position);
		return ((found >= 0) ? found : -found - 2) + 1;
	}

	private static void requireHeader(Set<String> names) {
		if (names.isEmpty()) {
			throw new IssuerException(ProblemCode.INVALID_FILE, "The file is empty: it needs a header row naming "
					+ "the columns " + String.join(",", COLUMNS) + ".");
		}
		Set<String> unknown = names.stream().filter(name -> !COLUMNS.contains(name)).collect(Collectors.toSet());
		if (!unknown.isEmpty()) {
			throw new IssuerException(ProblemCode.INVALID_FILE, "The header names unknown columns "
					+ unknown.stream().sorted().map(name -> CallerText.quote(name, 40)).toList() + "; the columns are "
					+ String.join(",", COLUMNS) + ".");
		}
		if (!names.contains(NAME) || !names.contains(ACHIEVEMENT_ID)
				|| !(names.contains(EXTERNAL_ID) || names.contains(EMAIL))) {
			throw new IssuerException(ProblemCode.INVALID_FILE, "The header must name the columns name and "
					+ "achievementId, and externalId or email (or both).");
		}
	}

	private static List<CohortRow> requireRows(List<CohortRow> rows) {
		if (rows.isEmpty()) {
			throw new IssuerException(ProblemCode.INVALID_FILE, "The file has no recipients.");
		}
		return rows;
	}

	private static IssuerException tooManyRows(int maxRows) {
		return new IssuerException(ProblemCode.TOO_MANY_ROWS, "The file has more than " + maxRows
				+ " recipients. Split it into several batches.");
	}

	private static @Nullable String cell(CSVRecord record, String column) {
		if (!record.isMapped(column)) {
			return null;
		}
		String value = record.get(column).strip();
		return value.isEmpty() ? null : value;
	}

	private static String reason(Exception ex) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		String message = (cause.getMessage() != null) ? cause.getMessage() : "malformed CSV";
		return CallerText.quote(message, 200);
	}

	/** Echoes text from the file without control characters. */
}
