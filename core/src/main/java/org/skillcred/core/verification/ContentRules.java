package org.skillcred.core.verification;

import java.time.Instant;
import java.util.List;

import org.skillcred.core.credential.CredentialContexts;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.jose.JwtProfile;
import tools.jackson.databind.JsonNode;

/**
 * The {@link CheckName#CONTENT} check: fields VC Data Model 2.0 (or 1.1 for legacy tokens) and,
 * for Open Badges credentials, Open Badges 3.0 require.
 *
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/#basic-concepts">VCDM 2.0 §4 Basic Concepts</a>
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#achievementcredential">OB 3.0 AchievementCredential</a>
 */
final class ContentRules {

	private ContentRules() {
	}

	static CheckResult check(DecodedCredential decoded) {
		try {
			checkFields(decoded);
			return CheckResult.passed(CheckName.CONTENT, "The credential has every required field.");
		}
		catch (ContentException ex) {
			return CheckResult.failed(CheckName.CONTENT, ex.code, ex.getMessage());
		}
	}

	private static void checkFields(DecodedCredential decoded) throws ContentException {
		JsonNode vc = decoded.credential();
		boolean legacy = decoded.profile() == JwtProfile.LEGACY_VC_JWT;
		if (!legacy) {
			RuleViolation violation = DataModelRules.firstViolation(vc);
			if (violation != null) {
				throw new ContentException(violation.rule().endsWith(".required") ? ReasonCode.MISSING_FIELD
						: ReasonCode.INVALID_FIELD, violation.message() + " (rule " + violation.rule()
								+ (violation.pointer().isEmpty() ? "" : ", at " + violation.pointer()) + ")");
			}
			// the VCDM 2.0 rule set has checked the structure; what remains is Open Badges 3.0
			JsonNode type = vc.get("type");
			if (CredentialJson.includes(type, "OpenBadgeCredential")
					|| CredentialJson.includes(type, "AchievementCredential")) {
				checkOpenBadge(vc, vc.get("@context"), vc.get("credentialSubject"), date(vc, "validFrom"), false);
			}
			return;
		}
		JsonNode context = vc.get("@context");
		if (context == null) {
			throw missing("@context");
		}
		// a VCDM 1.1 credential from a vc claim: the rules of that model
		String base = CredentialContexts.VC_V1;
		if (!context.isArray() || context.isEmpty() || !base.equals(context.get(0).asString(""))) {
			throw invalid("The first @context must be " + base + ".");
		}
		JsonNode type = vc.get("type");
		if (type == null) {
			throw missing("type");
		}
		if (!CredentialJson.includes(type, "VerifiableCredential")) {
			throw invalid("The type must include VerifiableCredential.");
		}
		for (JsonNode entry : context) {
			if (!entry.isString() && !entry.isObject()) {
				throw invalid("Every @context entry must be a URL or an object.");
			}
		}
		JsonNode id = vc.get("id");
		if (id != null && (!id.isString() || !DataModelRules.isUrl(id.asString()))) {
			throw invalid("The id must be a URL.");
		}
		JsonNode subject = vc.get("credentialSubject");
		if (subject == null || !(subject.isObject() || (subject.isArray() && !subject.isEmpty()))) {
			throw missing("credentialSubject");
		}
		for (JsonNode s : subject.isArray() ? subject : List.of(subject)) {
			if (!s.isObject()) {
				throw invalid("Every credentialSubject must be an object.");
			}
		}
		Instant from = date(vc, "issuanceDate");
		Instant until = date(vc, "expirationDate");
		if (from == null) {
			throw missing("issuanceDate");
		}
		if (until != null && until.isBefore(from)) {
			throw invalid("validUntil is before validFrom.");
		}
		checkStatusEntries(vc.get("credentialStatus"));
		if (CredentialJson.includes(type, "OpenBadgeCredential") || CredentialJson.includes(type, "AchievementCredential")) {
			checkOpenBadge(vc, context, subject, from, true);
		}
	}

	private static void checkOpenBadge(JsonNode vc, JsonNode context, JsonNode subject, Instant from, boolean legacy)
			throws ContentException {
		boolean hasObContext = false;
		for (JsonNode c : context) {
			hasObContext |= c.asString("").startsWith(CredentialContexts.OB_V3_PREFIX);
		}
		if (!hasObContext && !legacy) {
			throw invalid("An Open Badges credential must include the Open Badges 3.0 context.");
		}
		if (from == null && !legacy) {
			throw missing("validFrom");
		}
		if (!subject.isObject()) {
			throw invalid("An Open Badges credential has exactly one credentialSubject.");
		}
		if (!subject.has("id") && !subject.path("identifier").isArray()) {
			throw invalid("The credentialSubject needs an id or an identifier.");
		}
		JsonNode achievement = subject.get("achievement");
		if (achievement == null || !achievement.isObject()) {
			throw missing("credentialSubject.achievement");
		}
		for (String field : new String[] { "id", "name", "description", "criteria" }) {
			if (!achievement.hasNonNull(field)) {
				throw missing("credentialSubject.achievement." + field);
			}
		}
		if (!CredentialJson.includes(achievement.path("type"), "Achievement")) {
			throw invalid("The achievement's type must include Achievement.");
		}
		if (vc.get("issuer").isObject() && !CredentialJson.includes(vc.get("issuer").path("type"), "Profile")) {
			throw invalid("The issuer's type must include Profile.");
		}
	}

	private static void checkStatusEntries(JsonNode status) throws ContentException {
		if (status == null) {
			return;
		}
		if (!status.isObject() && !status.isArray()) {
			throw invalid("credentialStatus must be an object or an array.");
		}
		for (JsonNode entry : status.isArray() ? status : List.of(status)) {
			if (!entry.isObject() || !entry.path("type").isString()) {
				throw invalid("Every credentialStatus entry needs a type.");
			}
		}
	}

	private static Instant date(JsonNode vc, String field) throws ContentException {
		try {
			return Times.dateField(vc.get(field));
		}
		catch (IllegalArgumentException ex) {
			throw invalid(field + " is not a valid date-time.");
		}
	}

	private static ContentException missing(String field) {
		return new ContentException(ReasonCode.MISSING_FIELD, "The required field " + field + " is missing.");
	}

	private static ContentException invalid(String message) {
		return new ContentException(ReasonCode.INVALID_FIELD, message);
	}

	private static final class ContentException extends Exception {

		private final ReasonCode code;

		ContentException(ReasonCode code, String message) {
			super(message, null, false, false);
			this.code = code;
		}

	}

}
