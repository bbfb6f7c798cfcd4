package org.skillcred.core.credential;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON codec for credentials and JWT payloads, with hard limits on what it will read.
 * <p>
 * Every JSON document that arrives from outside (JWT headers and payloads, DID documents) goes
 * through a mapper with a maximum nesting depth, document length and string length, so a hostile
 * token cannot exhaust the stack or the heap (compare CVE-2025-53864 in Nimbus' own JSON parsing),
 * and no member may be named twice in one object.
 * Instances are immutable and thread-safe.
 */
public final class CredentialJson {

	/** Default maximum nesting depth of untrusted JSON. A credential needs about 8. */
	public static final int DEFAULT_MAX_DEPTH = 32;

	/** Default maximum length of one untrusted JSON document, in characters. */
	public static final int DEFAULT_MAX_LENGTH = 256 * 1024;

	private static final CredentialJson DEFAULTS = new CredentialJson(DEFAULT_MAX_DEPTH, DEFAULT_MAX_LENGTH);

	private final JsonMapper mapper;

	/**
	 * Creates a codec with the given limits.
	 * @param maxDepth maximum nesting depth of arrays and objects
	 * @param maxLength maximum document length in characters
	 */
	public CredentialJson(int maxDepth, int maxLength) {
		StreamReadConstraints constraints = StreamReadConstraints.builder()
			.maxNestingDepth(maxDepth)
			.maxDocumentLength(maxLength)
			.maxStringLength(maxLength)
			.maxNumberLength(64)
			.build();
		// a member named twice is refused: RFC 7515/7519 let a reader keep the last, but readers
		// differ, and a credential must not mean one thing here and another in the next verifier
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(constraints)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.build();
		this.mapper = JsonMapper.builder(factory).build();
	}

	/**
	 * Returns the shared codec with default limits.
	 * @return the default codec
	 */
	public static CredentialJson defaults() {
		return DEFAULTS;
	}

	/**
	 * Serialises a value, such as an {@link OpenBadgeCredential}, to compact JSON.
	 * @param value the value
	 * @return the JSON text
	 */
	public String write(Object value) {
		return mapper.writeValueAsString(value);
	}

	/**
	 * Converts a value to a JSON tree.
	 * @param value the value
	 * @return the tree
	 */
	public JsonNode toTree(Object value) {
		return mapper.valueToTree(value);
	}

	/**
	 * Parses untrusted JSON within the configured limits.
	 * @param json the JSON text
	 * @return the tree
	 * @throws JacksonException when the text is not JSON or exceeds a limit
	 */
	public JsonNode read(String json) {
		return mapper.readTree(json);
	}

	/**
	 * Parses untrusted JSON bytes within the configured limits.
	 * @param json UTF-8 JSON
	 * @return the tree
	 * @throws JacksonException when the bytes are not JSON or exceed a limit
	 */
	public JsonNode read(byte[] json) {
		return mapper.readTree(json);
	}

	/**
	 * Whether a reading error is a member named twice in one object, which every reader here
	 * refuses (see the class comment); callers say so rather than "not valid JSON".
	 * @param ex the error
	 * @return true for a duplicate member
	 */
	public static boolean namesAMemberTwice(JacksonException ex) {
		// Jackson reports it as a plain read error; its message is the only mark
		return String.valueOf(ex.getOriginalMessage()).startsWith("Duplicate");
	}

	/**
	 * Whether a JSON-LD value that may be a single string or an array of strings includes a value,
	 * as {@code type} and {@code @context} may be.
	 * @param node the value, possibly missing
	 * @param value the string to look for
	 * @return true when the string, or an item of the array, equals the value
	 */
	public static boolean includes(JsonNode node, String value) {
		if (node.isString()) {
			return value.equals(node.asString());
		}
		if (node.isArray()) {
			for (JsonNode item : node) {
				if (value.equals(item.asString(""))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Binds a JSON tree to a type.
	 * @param <T> the type
	 * @param node the tree
	 * @param type the class
	 * @return the bound value
	 */
	public <T> T convert(JsonNode node, Class<T> type) {
		return mapper.treeToValue(node, type);
	}

}
