package org.skillcred.issuer.vcapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.CredentialContexts;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.verification.DataModelRules;
import org.skillcred.core.verification.RuleViolation;
import org.skillcred.core.verification.Times;
import org.skillcred.issuer.achievement.Achievement;
import org.skillcred.issuer.achievement.AchievementCatalog;
import org.skillcred.issuer.credential.CredentialIssuance;
import org.skillcred.issuer.credential.CredentialRecord;
import org.skillcred.issuer.credential.GeneralCredentialIssuance;
import org.skillcred.issuer.partner.Partner;
import org.skillcred.issuer.partner.PartnerManagement;
import org.skillcred.issuer.signing.IssuerProperties;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides what a partner may have signed through the VC-API, and hands the request to the
 * issuance that applies.
 * <ul>
 * <li>In the shared platform identity, a partner obtains only Open Badges credentials for its own
 * achievements: the request names one of them ({@code credentialSubject.achievement.id}) and
 * describes the learner; the credential is then built and checked exactly as by the partner API
 * ({@link CredentialIssuance}), so whatever that API refuses, this one refuses too.</li>
 * <li>A partner with its own DID may do the same in its own name, and may also have general VCDM
 * 2.0 credentials signed in that name only ({@link GeneralCredentialIssuance}).</li>
 * </ul>
 * In both, SkillCred assigns the credential id, the issue date and the status entries, so a request
 * that sets them is refused rather than silently changed, and every credential is audited and can
 * be revoked. Each refusal names its rule ({@code rule}) and the JSON pointer it concerns.
 */
@Service
class VcApiIssuance {

	/** Members only SkillCred writes. */
	private static final Set<String> ASSIGNED = Set.of("id", "validFrom", "issuanceDate", "credentialStatus",
			"proof");

	/** The members a request for an achievement may have; the achievement itself fills the rest. */
	private static final Set<String> ACHIEVEMENT_REQUEST = Set.of("@context", "type", "issuer", "credentialSubject",
			"validUntil");

	private static final Set<String> SUBJECT_REQUEST = Set.of("id", "type", "name", "achievement");

	/**
	 * The types a credential for an achievement carries. OB 3.0's alias AchievementCredential is not
	 * among them: it would be signed as OpenBadgeCredential, another type than the one sent.
	 */
	private static final Set<String> ISSUED_TYPES = Set.of("VerifiableCredential", "OpenBadgeCredential");

	/** The contexts a credential for an achievement carries; a request may name these only. */
	private static final List<String> ISSUED_CONTEXTS = List.of(CredentialContexts.VC_V2, CredentialContexts.OB_V3);

	private final PartnerManagement partners;

	private final AchievementCatalog achievements;

	private final CredentialIssuance issuance;

	private final GeneralCredentialIssuance general;

	private final String achievementUrlPrefix;

	VcApiIssuance(PartnerManagement partners, AchievementCatalog achievements, CredentialIssuance issuance,
			GeneralCredentialIssuance general, IssuerProperties issuer) {
		this.partners = partners;
		this.achievements = achievements;
		this.issuance = issuance;
		this.general = general;
		this.achievementUrlPrefix = issuer.baseUrl() + "/achievements/";
	}

	CredentialRecord issue(PartnerPrincipal caller, JsonNode unsigned, @Nullable JsonNode options,
			@Nullable String idempotencyKey) {
		requireNoOptions(options);
		if (!unsigned.isObject()) {
			throw refused("credential-object", "/credential", "credential must be a JSON object.");
		}
		ObjectNode credential = (ObjectNode) unsigned;
		Partner partner = partners.get(caller.requirePartnerId());
		String ownIssuer = partners.issuerFor(partner).id();
		String issuerId = issuerId(credential);
		if (!ownIssuer.equals(issuerId)) {
			throw refused("issuer-is-caller", "/credential/issuer",
					"issuer must be your issuer, " + ownIssuer + ": you can have credentials signed only in your own name.");
		}
		for (String member : ASSIGNED) {
			if (credential.has(member)) {
				throw refused("assigned-by-issuer", "/credential/" + member, "Remove " + member
						+ ": SkillCred assigns the id, the issue date (validFrom) and the status entries, and signs.");
			}
		}
		Optional<Achievement> achievement = ownAchievement(caller.requirePartnerId(), credential, partner.ownIssuer());
		if (achievement.isPresent()) {
			return issuance.issue(caller, achievementCommand(credential, achievement.get()), idempotencyKey).record();
		}
		if (!partner.ownIssuer()) {
			throw refused("platform-issues-own-achievements", "/credential/credentialSubject/achievement/id",
					"In the platform's name you can issue Open Badges credentials for your own achievements only: "
							+ "set credentialSubject.achievement.id to one of them (GET /api/v1/achievements).");
		}
		JsonNode type = credential.path("type");
		if (CredentialJson.includes(type, "BitstringStatusListCredential")) {
			// a list signed in the partner's name could pass for the one that says which of its
			// credentials are revoked; SkillCred publishes those lists itself
			throw refused("status-lists-published", "/credential/type", "Status lists are published by SkillCred, "
					+ "not issued through the VC-API: revoke and suspend with the partner API.");
		}
		return general.issue(caller, ownIssuer, credential.deepCopy());
	}

	/**
	 * VC-API issuance options (such as {@code credentialId} or {@code mandatoryPointers}) would
	 * change what is signed; SkillCred supports none, so one that is sent is refused rather than
	 * ignored. An empty object, or none, is fine.
	 */
	private static void requireNoOptions(@Nullable JsonNode options) {
		if (options == null || options.isNull()) {
			return;
		}
		if (!options.isObject()) {
			throw refused("options-object", "/options", "options must be a JSON object.");
		}
		if (!options.isEmpty()) {
			String name = options.propertyNames().iterator().next();
			throw refused("unsupported-option", "/options/" + RuleViolation.pointerToken(name),
					"SkillCred supports no issuance options (it assigns the credential id and status itself): remove options."
							+ name + ".");
		}
	}

	private static @Nullable String issuerId(ObjectNode credential) {
		JsonNode issuer = credential.path("issuer");
		return issuer.isObject() ? issuer.path("id").asString(null) : issuer.asString(null);
	}

	/**
	 * The caller's achievement the request names. A name under this platform's achievement URLs
	 * must be one of the caller's, in every identity: nobody signs another partner's achievement.
	 */
	private Optional<Achievement> ownAchievement(UUID partnerId, ObjectNode credential, boolean ownIssuer) {
		JsonNode subject = credential.path("credentialSubject");
		String reference = subject.isObject() ? subject.path("achievement").path("id").asString(null) : null;
		if (reference == null) {
			return Optional.empty();
		}
		if (reference.startsWith(achievementUrlPrefix)) {
			return Optional.of(achievements.resolve(partnerId, reference.substring(achievementUrlPrefix.length())));
		}
		if (ownIssuer && reference.contains(":")) {
			return Optional.empty(); // an achievement defined elsewhere, in the partner's own name
		}
		return Optional.of(achievements.resolve(partnerId, reference));
	}

	private static CredentialIssuance.IssueCommand achievementCommand(ObjectNode credential, Achievement achievement) {
		// the request is itself a VCDM 2.0 credential, only without what SkillCred assigns: one that
		// breaks a rule is refused by that rule, never repaired into a different credential
		RuleViolation violation = DataModelRules.firstViolation(credential);
		if (violation != null) {
			throw refused(violation.rule(), "/credential" + violation.pointer(), violation.message());
		}
		JsonNode contexts = credential.get("@context");
		for (int i = 0; i < contexts.size(); i++) {
			if (!ISSUED_CONTEXTS.contains(contexts.get(i).asString(""))) {
				throw refused("issued-contexts", "/credential/@context/" + i,
						"A credential for one of your achievements is issued with the @context " + ISSUED_CONTEXTS
								+ "; other contexts would be dropped, so remove this one.");
			}
		}
		List<String> unexpected = unexpected(credential, ACHIEVEMENT_REQUEST);
		if (!unexpected.isEmpty()) {
			throw refused("achievement-defines-content", "/credential/" + RuleViolation.pointerToken(unexpected.get(0)),
					"Remove " + String.join(", ", unexpected) + ": a credential for one of your achievements "
							+ "takes its content from the achievement; give the learner and, optionally, validUntil.");
		}
		JsonNode issuer = credential.path("issuer");
		if (issuer.isObject()) {
			List<String> profile = unexpected((ObjectNode) issuer, Set.of("id", "type"));
			if (!profile.isEmpty()) {
				throw refused("issuer-profile", "/credential/issuer/" + RuleViolation.pointerToken(profile.get(0)), "The issuer's profile on the "
						+ "credential is SkillCred's record of your organisation: give issuer as your id only.");
			}
			requireIssuedTypes(issuer.path("type"), Set.of("Profile"), "/credential/issuer/type");
		}
		JsonNode type = credential.path("type");
		if (!CredentialJson.includes(type, "OpenBadgeCredential")) {
			throw refused("open-badge-type", "/credential/type",
					"type must include OpenBadgeCredential for a credential of one of your achievements.");
		}
		requireIssuedTypes(type, ISSUED_TYPES, "/credential/type");
		JsonNode subject = credential.path("credentialSubject");
		requireIssuedTypes(subject.path("type"), Set.of("AchievementSubject"), "/credential/credentialSubject/type");
		requireIssuedTypes(subject.path("achievement").path("type"), Set.of("Achievement"),
				"/credential/credentialSubject/achievement/type");
		List<String> unexpectedInSubject = unexpected((ObjectNode) subject, SUBJECT_REQUEST);
		if (!unexpectedInSubject.isEmpty()) {
			throw refused("achievement-defines-content", "/credential/credentialSubject/" + RuleViolation.pointerToken(unexpectedInSubject.get(0)),
					"credentialSubject may have id, type, name and achievement only.");
		}
		JsonNode achievementNode = subject.path("achievement");
		if (!unexpected((ObjectNode) achievementNode, Set.of("id", "type")).isEmpty()) {
			throw refused("achievement-defines-content", "/credential/credentialSubject/achievement",
					"Give the achievement by its id only; its name, description and criteria are those you defined.");
		}
		String name = subject.path("name").asString("").strip();
		if (name.isEmpty() || name.length() > CredentialIssuance.MAX_NAME_LENGTH
				|| !name.matches(CredentialIssuance.PRINTABLE_TEXT)) {
			throw refused("recipient-name", "/credential/credentialSubject/name",
					"credentialSubject.name must be the learner's name: 1 to 200 characters without control characters.");
		}
		JsonNode subjectIdNode = subject.get("id");
		String subjectId = (subjectIdNode != null) ? subjectIdNode.asString("") : null;
		if (subjectId != null && (subjectId.length() > 300 || !subjectId.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+"))) {
			throw refused("subject-id", "/credential/credentialSubject/id", "credentialSubject.id must be a DID or URI.");
		}
		Instant validUntil;
		try {
			validUntil = Times.dateField(credential.get("validUntil"));
		}
		catch (IllegalArgumentException ex) {
			throw refused("valid-until", "/credential/validUntil", "validUntil must be an RFC 3339 date-time.");
		}
		return new CredentialIssuance.IssueCommand(achievement.id().toString(), name, null, subjectId, validUntil,
				null);
	}

	/**
	 * A type the credential would not carry would be dropped: refused instead. Absent is fine (the
	 * achievement's credential has its types either way).
	 */
	private static void requireIssuedTypes(JsonNode type, Set<String> issued, String pointer) {
		if (type.isMissingNode()) {
			return;
		}
		List<JsonNode> values = new ArrayList<>();
		if (type.isArray()) {
			type.forEach(values::add);
		}
		else {
			values.add(type);
		}
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i).asString("");
			if (!issued.contains(value)) {
				throw refused("issued-types", type.isArray() ? pointer + "/" + i : pointer, "A credential for one of your "
						+ "achievements carries the types " + new java.util.TreeSet<>(issued) + " here; other types would be "
						+ "dropped, so remove this one.");
			}
		}
	}

	private static List<String> unexpected(ObjectNode node, Set<String> allowed) {
		List<String> unexpected = new ArrayList<>();
		node.propertyNames().forEach(name -> {
			if (!allowed.contains(name)) {
				unexpected.add(name);
			}
		});
		return unexpected;
	}

	private static IssuerException refused(String rule, String pointer, String message) {
		return new IssuerException(ProblemCode.INVALID_CREDENTIAL, message).with("rule", rule)
			.with("pointer", pointer);
	}

}
