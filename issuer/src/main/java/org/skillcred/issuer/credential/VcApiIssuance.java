package org.skillcred.issuer.credential;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.CredentialContexts;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.jose.CredentialSigner;
import org.skillcred.core.jose.JwtProfile;
import org.skillcred.issuer.signing.SigningKeyRegistry;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The W3C VC-API issue operation: signs a caller-supplied, unsigned VC Data Model 2.0 credential
 * as {@code vc+jwt} after checking it against the data model's rules, and records it.
 *
 * @see <a href="https://w3c-ccg.github.io/vc-api/#issue-credential">VC-API Issue Credential</a>
 */
@Service
class VcApiIssuance {

	private final SigningKeyRegistry keys;

	private final CredentialRecordRepository records;

	private final SelfCheck selfCheck;

	private final Clock clock;

	VcApiIssuance(SigningKeyRegistry keys, CredentialRecordRepository records, SelfCheck selfCheck, Clock clock) {
		this.keys = keys;
		this.records = records;
		this.selfCheck = selfCheck;
		this.clock = clock;
	}

	CredentialRecord issue(UUID partnerId, JsonNode unsigned) {
		ObjectNode credential = validate(unsigned);
		UUID recordId = UUID.randomUUID();
		if (!credential.has("id")) {
			credential.put("id", "urn:uuid:" + recordId);
		}
		String payload = CredentialJson.defaults().write(credential);
		try {
			CredentialJson.defaults().read(payload); // the limits every verifier applies
		}
		catch (JacksonException ex) {
			throw invalid("The credential is nested too deeply or is too large.");
		}
		CredentialSigner signer = keys.activeSigner();
		String jwt = signer.signPayload(payload, JwtProfile.VC_JWT.type(), JwtProfile.VC_JWT.contentType());
		selfCheck.requireWellFormed(jwt);
		Instant now = clock.instant();
		JsonNode subject = credential.get("credentialSubject");
		JsonNode firstSubject = subject.isArray() ? subject.get(0) : subject;
		Instant validFrom = date(credential, "validFrom");
		return records.save(CredentialRecord.of(new CredentialRecord.Issued(recordId, partnerId, null,
				keys.identity().did(), truncate(firstSubject.path("name").asString(""), 500), null,
				truncate(firstSubject.path("id").asString(""), 300), "en", JwtProfile.VC_JWT,
				(validFrom != null) ? validFrom : now, date(credential, "validUntil"), now, signer.keyId(), null, jwt,
				null, null)));
	}

	private ObjectNode validate(JsonNode unsigned) {
		if (unsigned == null || !unsigned.isObject()) {
			throw invalid("credential must be a JSON object.");
		}
		ObjectNode credential = ((ObjectNode) unsigned).deepCopy();
		JsonNode context = credential.get("@context");
		if (context == null || !context.isArray() || context.isEmpty()
				|| !CredentialContexts.VC_V2.equals(context.get(0).asString(""))) {
			throw invalid("@context must be an array whose first item is " + CredentialContexts.VC_V2 + ".");
		}
		for (JsonNode c : context) {
			if (!c.isString() && !c.isObject()) {
				throw invalid("Every @context entry must be a URL or an object.");
			}
		}
		JsonNode type = credential.get("type");
		if (type == null || !containsText(type, "VerifiableCredential")) {
			throw invalid("type must include VerifiableCredential.");
		}
		String issuer = credential.path("issuer").isObject() ? credential.path("issuer").path("id").asString(null)
				: credential.path("issuer").asString(null);
		if (issuer == null) {
			throw invalid("issuer is required.");
		}
		if (!issuer.equals(keys.identity().did())) {
			throw invalid("issuer must be this issuer, " + keys.identity().did() + ".");
		}
		JsonNode subject = credential.get("credentialSubject");
		if (subject == null || !(subject.isObject() || (subject.isArray() && !subject.isEmpty()))) {
			throw invalid("credentialSubject must be an object or a non-empty array.");
		}
		if (subject.isArray()) {
			for (JsonNode s : subject) {
				if (!s.isObject()) {
					throw invalid("Every credentialSubject must be an object.");
				}
			}
		}
		JsonNode id = credential.get("id");
		if (id != null && (!id.isString() || !id.asString().matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+"))) {
			throw invalid("id must be a URL.");
		}
		if (credential.has("proof")) {
			throw invalid("An unsigned credential must not carry a proof.");
		}
		Instant from = date(credential, "validFrom");
		Instant until = date(credential, "validUntil");
		if (from != null && until != null && until.isBefore(from)) {
			throw invalid("validUntil must not be before validFrom.");
		}
		return credential;
	}

	private static @Nullable Instant date(JsonNode credential, String field) {
		JsonNode value = credential.get(field);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			throw invalid(field + " must be a date-time string.");
		}
		try {
			return OffsetDateTime.parse(value.asString()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw invalid(field + " must be an XML Schema dateTimeStamp such as 2026-01-01T00:00:00Z.");
		}
	}

	private static boolean containsText(JsonNode node, String value) {
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

	private static String truncate(String value, int max) {
		return (value.length() > max) ? value.substring(0, max) : value;
	}

	private static IssuerException invalid(String message) {
		return new IssuerException(ProblemCode.INVALID_CREDENTIAL, message);
	}

}
