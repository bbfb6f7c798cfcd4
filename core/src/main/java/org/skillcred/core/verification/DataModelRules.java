package org.skillcred.core.verification;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.CredentialContexts;
import org.skillcred.core.credential.CredentialJson;
import tools.jackson.databind.JsonNode;

/**
 * The MUSTs of the W3C Verifiable Credentials Data Model 2.0 that apply to a JSON credential
 * secured by enveloping (VC-JOSE-COSE), checked in one pass over the credential.
 * <p>
 * One rule set serves both sides: the issuer refuses to sign a credential that breaks a rule (the
 * VC-API answers 422 with the rule and its JSON Pointer), and the verifier reports the same
 * violation as an invalid credential. The first violation found is returned; the order follows the
 * specification's sections. Stateless and thread-safe; cheap next to a signature check (no
 * allocation beyond the walk itself, no JSON-LD processing: the contexts are fixed and local).
 *
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/">VC Data Model 2.0</a>
 * @see <a href="https://www.w3.org/TR/vc-jose-cose/">VC-JOSE-COSE</a>
 */
public final class DataModelRules {


	/** The members a language value object may have (VCDM 2.0 §11.1 Language and Base Direction). */
	private static final Set<String> LANGUAGE_VALUE = Set.of("@value", "@language", "@direction");

	/** Objects that MUST have a {@code type} (VCDM 2.0 §4.10-§4.12, §5.4, §5.6, §5.7). */
	private static final List<String> TYPED_MEMBERS = List.of("credentialStatus", "credentialSchema", "termsOfUse",
			"evidence", "refreshService");

	private DataModelRules() {
	}

	/**
	 * Checks a credential.
	 * @param vc the credential (the JWS payload of a VC-JOSE-COSE credential)
	 * @return the first violation, or null when the credential follows every rule
	 */
	public static @Nullable RuleViolation firstViolation(JsonNode vc) {
		if (!vc.isObject()) {
			return new RuleViolation("vcdm2.credential.object", "", "A credential must be a JSON object.");
		}
		RuleViolation found = context(vc);
		found = (found != null) ? found : id(vc.get("id"), "/id", "vcdm2.id.url");
		found = (found != null) ? found : type(vc);
		found = (found != null) ? found : issuer(vc.get("issuer"));
		found = (found != null) ? found : subjects(vc.get("credentialSubject"));
		found = (found != null) ? found : validity(vc);
		found = (found != null) ? found : languageValue(vc.get("name"), "/name");
		found = (found != null) ? found : languageValue(vc.get("description"), "/description");
		found = (found != null) ? found : typedMembers(vc);
		found = (found != null) ? found : status(vc.get("credentialStatus"));
		found = (found != null) ? found : schemas(vc.get("credentialSchema"));
		found = (found != null) ? found : relatedResources(vc.get("relatedResource"));
		found = (found != null) ? found : jwtClaims(vc);
		return found;
	}

	/** §4.3 Contexts: an ordered set, the base context first, each item a URL or an object. */
	private static @Nullable RuleViolation context(JsonNode vc) {
		JsonNode context = vc.get("@context");
		if (context == null) {
			return new RuleViolation("vcdm2.context.required", "/@context", "@context is required.");
		}
		if (!context.isArray() || context.isEmpty()) {
			return new RuleViolation("vcdm2.context.ordered-set", "/@context", "@context must be an array of contexts.");
		}
		if (!CredentialContexts.VC_V2.equals(context.get(0).asString(""))) {
			return new RuleViolation("vcdm2.context.base-first", "/@context/0",
					"The first @context must be " + CredentialContexts.VC_V2 + ".");
		}
		for (int i = 0; i < context.size(); i++) {
			JsonNode entry = context.get(i);
			if (!(entry.isObject() || (entry.isString() && isUrl(entry.asString())))) {
				return new RuleViolation("vcdm2.context.url-or-object", "/@context/" + i,
						"Every @context entry must be a URL or an object.");
			}
		}
		return null;
	}

	/** §4.4 Identifiers: a single URL. */
	private static @Nullable RuleViolation id(@Nullable JsonNode id, String pointer, String rule) {
		if (id != null && !(id.isString() && isUrl(id.asString()))) {
			return new RuleViolation(rule, pointer, "The id must be a single URL.");
		}
		return null;
	}

	/** §4.5 Types: required, strings, including VerifiableCredential. */
	private static @Nullable RuleViolation type(JsonNode vc) {
		JsonNode type = vc.get("type");
		if (type == null) {
			return new RuleViolation("vcdm2.type.required", "/type", "type is required.");
		}
		RuleViolation malformed = typeValue(type, "/type");
		if (malformed != null) {
			return malformed;
		}
		if (!CredentialJson.includes(type, "VerifiableCredential")) {
			return new RuleViolation("vcdm2.type.verifiable-credential", "/type", "type must include VerifiableCredential.");
		}
		return null;
	}

	private static @Nullable RuleViolation typeValue(JsonNode type, String pointer) {
		boolean valid = (type.isString() && !type.asString().isBlank()) || (type.isArray() && !type.isEmpty());
		if (type.isArray()) {
			for (JsonNode item : type) {
				valid &= item.isString() && !item.asString().isBlank();
			}
		}
		return valid ? null : new RuleViolation("vcdm2.type.strings", pointer, "A type must be a string or strings.");
	}

	/** §4.7 Issuer: a URL, or an object whose id is a URL. */
	private static @Nullable RuleViolation issuer(@Nullable JsonNode issuer) {
		if (issuer == null) {
			return new RuleViolation("vcdm2.issuer.required", "/issuer", "issuer is required.");
		}
		if (issuer.isString()) {
			return isUrl(issuer.asString()) ? null
					: new RuleViolation("vcdm2.issuer.url", "/issuer", "The issuer must be a URL.");
		}
		if (!issuer.isObject()) {
			return new RuleViolation("vcdm2.issuer.url", "/issuer", "The issuer must be a URL or an object with an id.");
		}
		if (issuer.get("id") == null) {
			return new RuleViolation("vcdm2.issuer.id", "/issuer/id", "An issuer object must have an id.");
		}
		RuleViolation found = id(issuer.get("id"), "/issuer/id", "vcdm2.issuer.url");
		found = (found != null) ? found : languageValue(issuer.get("name"), "/issuer/name");
		return (found != null) ? found : languageValue(issuer.get("description"), "/issuer/description");
	}

	/** §4.8 Credential Subject: one or more objects, each the subject of at least one claim. */
	private static @Nullable RuleViolation subjects(@Nullable JsonNode subject) {
		if (subject == null) {
			return new RuleViolation("vcdm2.subject.required", "/credentialSubject", "credentialSubject is required.");
		}
		if (subject.isObject()) {
			return subject(subject, "/credentialSubject");
		}
		if (!subject.isArray() || subject.isEmpty()) {
			return new RuleViolation("vcdm2.subject.objects", "/credentialSubject",
					"credentialSubject must be an object or a non-empty array of objects.");
		}
		for (int i = 0; i < subject.size(); i++) {
			RuleViolation found = subject(subject.get(i), "/credentialSubject/" + i);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static @Nullable RuleViolation subject(JsonNode subject, String pointer) {
		if (!subject.isObject()) {
			return new RuleViolation("vcdm2.subject.objects", pointer, "Every credentialSubject must be an object.");
		}
		if (subject.isEmpty()) {
			return new RuleViolation("vcdm2.subject.claims", pointer, "A credentialSubject must make at least one claim.");
		}
		return id(subject.get("id"), pointer + "/id", "vcdm2.subject.id-url");
	}

	/** §4.9 Validity Period: date-time stamps, validFrom not after validUntil. */
	private static @Nullable RuleViolation validity(JsonNode vc) {
		for (String legacy : new String[] { "issuanceDate", "expirationDate" }) {
			// VCDM 1.1 terms, undefined in the v2 context: read by some verifiers and not by others, so
			// an expired expirationDate beside no validUntil would be valid here and expired elsewhere
			if (vc.has(legacy)) {
				return new RuleViolation("vcdm2.validity.v2-terms", "/" + legacy, legacy
						+ " is a VC Data Model 1.1 term; a v2 credential states its validity with validFrom and validUntil.");
			}
		}
		for (String field : new String[] { "validFrom", "validUntil" }) {
			JsonNode value = vc.get(field);
			if (value != null && !value.isString()) { // null too: it is no date, nor the absence of one
				return new RuleViolation("vcdm2.validity.datetime", "/" + field, field + " must be an XML Schema dateTimeStamp.");
			}
		}
		Instant from;
		Instant until;
		try {
			from = Times.dateField(vc.get("validFrom"));
		}
		catch (IllegalArgumentException ex) {
			return new RuleViolation("vcdm2.validity.datetime", "/validFrom", "validFrom must be an XML Schema dateTimeStamp.");
		}
		try {
			until = Times.dateField(vc.get("validUntil"));
		}
		catch (IllegalArgumentException ex) {
			return new RuleViolation("vcdm2.validity.datetime", "/validUntil", "validUntil must be an XML Schema dateTimeStamp.");
		}
		if (from != null && until != null && until.isBefore(from)) {
			return new RuleViolation("vcdm2.validity.order", "/validUntil", "validUntil is before validFrom.");
		}
		return null;
	}

	/**
	 * §11.1 Language and Base Direction: a string, a language value object with only
	 * {@code @value}, {@code @language} and {@code @direction}, or an array of these.
	 */
	private static @Nullable RuleViolation languageValue(@Nullable JsonNode value, String pointer) {
		if (value == null || value.isString()) {
			return null;
		}
		if (value.isArray()) {
			for (int i = 0; i < value.size(); i++) {
				RuleViolation found = languageValue(value.get(i), pointer + "/" + i);
				if (found != null) {
					return found;
				}
			}
			return value.isEmpty() ? new RuleViolation("vcdm2.language.value", pointer, "The value must not be empty.") : null;
		}
		if (!value.isObject() || !value.path("@value").isString()) {
			return new RuleViolation("vcdm2.language.value", pointer,
					"The value must be a string or a language value object with @value.");
		}
		for (String member : value.propertyNames()) {
			if (!LANGUAGE_VALUE.contains(member)) {
				return new RuleViolation("vcdm2.language.members", pointer + "/" + RuleViolation.pointerToken(member),
						"A language value object may have only @value, @language and @direction.");
			}
		}
		return null;
	}

	/** credentialStatus, credentialSchema, termsOfUse, evidence and refreshService objects each have a type. */
	private static @Nullable RuleViolation typedMembers(JsonNode vc) {
		for (String member : TYPED_MEMBERS) {
			JsonNode value = vc.get(member);
			if (value == null) {
				continue;
			}
			List<JsonNode> items = value.isArray() ? iterate(value) : List.of(value);
			if (value.isArray() && value.isEmpty()) {
				return new RuleViolation("vcdm2." + member + ".objects", "/" + member, member + " must not be empty.");
			}
			for (int i = 0; i < items.size(); i++) {
				String pointer = "/" + member + (value.isArray() ? "/" + i : "");
				JsonNode item = items.get(i);
				if (!item.isObject()) {
					return new RuleViolation("vcdm2." + member + ".objects", pointer, "Every " + member + " must be an object.");
				}
				JsonNode type = item.get("type");
				if (type == null) {
					return new RuleViolation("vcdm2." + member + ".type", pointer + "/type", "Every " + member + " needs a type.");
				}
				RuleViolation malformed = typeValue(type, pointer + "/type");
				if (malformed != null) {
					return malformed;
				}
				RuleViolation badId = id(item.get("id"), pointer + "/id", "vcdm2." + member + ".id-url");
				if (badId != null) {
					return badId;
				}
			}
		}
		return null;
	}

	/** §4.10 Status: an id, when present, is one URL, and no two entries share it. */
	private static @Nullable RuleViolation status(@Nullable JsonNode status) {
		if (status == null || !status.isArray()) {
			return null;
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < status.size(); i++) {
			String id = status.get(i).path("id").asString(null);
			if (id != null && !ids.add(id)) {
				return new RuleViolation("vcdm2.credentialStatus.id-unique", "/credentialStatus/" + i + "/id",
						"Two status entries have the same id.");
			}
		}
		return null;
	}

	/** §4.11 Data Schemas: each has an id (a URL) and a type. */
	private static @Nullable RuleViolation schemas(@Nullable JsonNode schemas) {
		if (schemas == null) {
			return null;
		}
		List<JsonNode> items = schemas.isArray() ? iterate(schemas) : List.of(schemas);
		for (int i = 0; i < items.size(); i++) {
			String pointer = "/credentialSchema" + (schemas.isArray() ? "/" + i : "");
			if (items.get(i).get("id") == null) {
				return new RuleViolation("vcdm2.credentialSchema.id", pointer + "/id", "Every credentialSchema needs an id.");
			}
		}
		return null;
	}

	/**
	 * §5.3 Integrity of Related Resources: each entry has a URL id, ids are unique, and each carries
	 * digestSRI or digestMultibase.
	 */
	private static @Nullable RuleViolation relatedResources(@Nullable JsonNode resources) {
		if (resources == null) {
			return null;
		}
		List<JsonNode> items = resources.isArray() ? iterate(resources) : List.of(resources);
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			String pointer = "/relatedResource" + (resources.isArray() ? "/" + i : "");
			JsonNode item = items.get(i);
			if (!item.isObject() || item.get("id") == null) {
				return new RuleViolation("vcdm2.relatedResource.id", pointer + "/id", "Every relatedResource needs an id.");
			}
			RuleViolation badId = id(item.get("id"), pointer + "/id", "vcdm2.relatedResource.id");
			if (badId != null) {
				return badId;
			}
			if (!ids.add(item.get("id").asString())) {
				return new RuleViolation("vcdm2.relatedResource.id-unique", pointer + "/id",
						"Two relatedResource entries have the same id.");
			}
			if (!item.path("digestSRI").isString() && !item.path("digestMultibase").isString()) {
				return new RuleViolation("vcdm2.relatedResource.digest", pointer,
						"A relatedResource needs digestSRI or digestMultibase.");
			}
		}
		return null;
	}

	/** VC-JOSE-COSE §3.1.1: the JWT claim names vc and vp MUST NOT be present. */
	private static @Nullable RuleViolation jwtClaims(JsonNode vc) {
		for (String claim : new String[] { "vc", "vp" }) {
			if (vc.has(claim)) {
				return new RuleViolation("vc-jose-cose.no-vc-vp-claims", "/" + claim,
						"A vc+jwt payload must not carry a " + claim + " claim.");
			}
		}
		return null;
	}

	/**
	 * An absolute URL or URN: a scheme (a letter, then letters, digits, {@code + . -}), a colon, and
	 * at least one more character, none of them white space or a control character (RFC 3986 §3;
	 * an IRI may carry non-ASCII letters, which are allowed). Checked by hand: it runs for every
	 * identifier of every credential verified.
	 * @param text the value
	 * @return whether it is a URL
	 */
	public static boolean isUrl(String text) {
		int colon = text.indexOf(':');
		if (colon < 1 || colon == text.length() - 1 || !isAsciiLetter(text.charAt(0))) {
			return false;
		}
		for (int i = 1; i < colon; i++) {
			char c = text.charAt(i);
			if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
				return false;
			}
		}
		for (int i = colon + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c > ' ' && c < 0x7f) { // printable ASCII, nearly every character of a real URL
				continue;
			}
			if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static List<JsonNode> iterate(JsonNode array) {
		List<JsonNode> items = new java.util.ArrayList<>(array.size());
		array.forEach(items::add);
		return items;
	}

}
