package org.skillcred.issuer.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import org.skillcred.web.ProblemResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import static org.skillcred.issuer.system.ProblemCode.*;

/**
 * Every operation of the issuer's OpenAPI document, described in one place: its operation id,
 * summary and description, whether it is public, and the RFC 9457 problems it can answer with
 * (each with its stable {@code code}). Client generators and linters read these;
 * {@code OpenApiDocumentServerTests} fails when an operation lacks them.
 */
@Component
class ApiDescriptions implements OpenApiCustomizer {

	/** One operation. */
	record Described(String operationId, String summary, String description, boolean isPublic,
			List<ProblemCode> problems) {
	}

	private static final Map<String, Described> OPERATIONS = new LinkedHashMap<>();

	static {
		partner("GET /api/v1/achievements", "listAchievements", "List your achievements",
				"The achievements you may issue credentials for, with their ids and slugs.");
		open("GET /achievements/{id}", "getPublicAchievement", "Read a public achievement",
				"The Open Badges Achievement that a credential's achievement.id names.", NOT_FOUND);
		partner("POST /api/v1/admin/partners/{partnerId}/achievements", "defineAchievement", "Define an achievement",
				"Admin: defines an achievement for a partner: name, description, criteria, template, JWT profile and a default validity of at most 100 years.",
				INVALID_FIELD, UNKNOWN_TEMPLATE, DUPLICATE, NOT_FOUND);
		partner("GET /api/v1/audit", "listAudit", "Read your audit log", "The audit entries about your own data, newest first.");
		partner("GET /api/v1/admin/audit", "listAllAudit", "Read the whole audit log",
				"Admin: every audit entry, or one partner's.");
		partner("POST /api/v1/batches", "uploadBatch", "Upload a cohort file",
				"Issues a whole cohort from a CSV or JSON file in the background; rows are validated first (all-or-nothing on request).",
				INVALID_FILE, TOO_MANY_ROWS, BATCH_REJECTED, DUPLICATE_RECIPIENT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE,
				SERVICE_UNAVAILABLE);
		partner("GET /api/v1/batches", "listBatches", "List your batches", "Your cohort uploads with their progress.");
		partner("GET /api/v1/batches/{id}", "getBatch", "Read a batch", "A batch's counts, rate and estimated end.", NOT_FOUND);
		partner("GET /api/v1/batches/{id}/results", "getBatchResults", "Download a batch's results",
				"One CSV row per cohort row: its credential, or why it was not issued.", NOT_FOUND);
		partner("POST /api/v1/admin/credentials/reissue", "reissueCredentials", "Re-sign credentials of a key",
				"Admin: re-signs every credential signed with a (compromised) key with its issuer's current key.", INVALID_FIELD);
		partner("POST /api/v1/credentials", "issueCredential", "Issue a credential",
				"Issues an Open Badges 3.0 credential for one of your achievements, signed as a JWT, with an optional Idempotency-Key.",
				INVALID_FIELD, UNKNOWN_ACHIEVEMENT, UNKNOWN_TEMPLATE, UNPRINTABLE_NAME, CERTIFICATE_LAYOUT,
				IDEMPOTENCY_KEY_REUSED, PARTNER_DISABLED, PAYLOAD_TOO_LARGE);
		partner("GET /api/v1/credentials", "listCredentials", "List your credentials", "Your credentials, newest first, a page at a time.");
		partner("GET /api/v1/credentials/{id}", "getCredential", "Read a credential", "One of your credentials, with its state.", NOT_FOUND);
		partner("GET /api/v1/credentials/{id}/pdf", "getCredentialPdf", "Download the certificate PDF",
				"The signed, printable certificate of one of your credentials.", NOT_FOUND, NOT_ACCEPTABLE);
		partner("POST /api/v1/credentials/{id}/revoke", "revokeCredential", "Revoke a credential",
				"Revokes for good, with a reason; verifiers see it within the status lists' time to live.", NOT_FOUND, INVALID_FIELD);
		partner("POST /api/v1/credentials/{id}/suspend", "suspendCredential", "Suspend a credential",
				"Suspends until reinstated; a revoked credential cannot be suspended.", NOT_FOUND, CREDENTIAL_REVOKED);
		partner("POST /api/v1/credentials/{id}/reinstate", "reinstateCredential", "Lift a suspension",
				"Makes a suspended credential valid again.", NOT_FOUND, CREDENTIAL_REVOKED);
		partner("POST /api/v1/credentials/{id}/renew", "renewCredential", "Renew a credential",
				"Issues a successor for the same learner and achievement, optionally revoking the previous one.", NOT_FOUND,
				CREDENTIAL_REVOKED, CONFLICT, INVALID_FIELD);
		partner("POST /api/v1/credentials/{id}/learner-link", "rotateLearnerLink", "Replace the learner link",
				"Issues a new private learner link; the old one stops working at once.", NOT_FOUND);
		open("GET /learn/{token}", "getLearnerPage", "Open the learner page",
				"The learner's private page, in their language, with downloads.", NOT_FOUND);
		open("GET /learn/{token}/certificate.pdf", "getLearnerCertificate", "Download the certificate (learner)",
				"The signed certificate PDF, through the learner link.", NOT_FOUND);
		open("GET /learn/{token}/qr.png", "getLearnerQrPng", "Download the QR code as PNG",
				"The verification QR code of the credential.", NOT_FOUND);
		open("GET /learn/{token}/qr.svg", "getLearnerQrSvg", "Download the QR code as SVG",
				"The verification QR code of the credential, as vector graphics.", NOT_FOUND);
		open("GET /learn/{token}/credential.jwt", "getLearnerCredential", "Download the credential (learner)",
				"The signed credential as a compact JWT file.", NOT_FOUND);
		open("GET /learn/{token}/badge.png", "getLearnerBadge", "Download the baked badge",
				"An Open Badges baked PNG carrying the credential.", NOT_FOUND);
		open("GET /credentials/{id}", "getPublicCredential", "Fetch a signed credential",
				"The signed credential at its public URL (application/vc+jwt).", NOT_FOUND);
		open("GET /partners/{slug}/credentials/{id}", "getPartnerCredential", "Fetch a partner's signed credential",
				"The signed credential of a partner that issues in its own name.", NOT_FOUND);
		partner("POST /api/v1/admin/partners", "createPartner", "Onboard a partner",
				"Admin: creates a partner and shows its first API key once; with ownIssuer, a DID and signing key of its own.",
				INVALID_FIELD, DUPLICATE);
		partner("GET /api/v1/admin/partners", "listPartners", "List partners", "Admin: every partner.");
		partner("GET /api/v1/admin/partners/{id}", "getPartner", "Read a partner", "Admin: one partner.", NOT_FOUND);
		partner("POST /api/v1/admin/partners/{id}/disable", "disablePartner", "Disable a partner",
				"Admin: the partner's API keys stop working.", NOT_FOUND);
		partner("POST /api/v1/admin/partners/{id}/api-keys", "addPartnerApiKey", "Add an API key",
				"Admin: a further API key for a partner, for rotation; shown once.", NOT_FOUND);
		partner("PUT /api/v1/admin/partners/{id}/branding", "setPartnerBranding", "Set a partner's branding",
				"Admin: the colour, logo, seal and signatories (name, title, signature image) on the partner's "
						+ "certificates issued from now on; images as PNG or JPEG data: URLs, at most 256 KB. "
						+ "Certificates issued before keep theirs. A name or title too long for its place on the "
						+ "current templates, even in the smallest type, is refused (INVALID_FIELD names it).",
				NOT_FOUND, INVALID_FIELD);
		partner("GET /api/v1/admin/partners/{id}/branding", "getPartnerBranding", "Read a partner's branding",
				"Admin: the branding new certificates of the partner carry.", NOT_FOUND);
		partner("GET /api/v1/admin/keys", "listSigningKeys", "List signing keys",
				"Admin: an issuer's signing keys and their states; never private parts.");
		partner("POST /api/v1/admin/keys/rotate", "rotateSigningKey", "Rotate the signing key",
				"Admin: generates a new active key; the previous one stays published.", INVALID_FIELD);
		partner("POST /api/v1/admin/keys/compromise", "reportKeyCompromise", "Report a key compromised",
				"Admin: the key never signs again and is published as revoked.", NOT_FOUND, INVALID_FIELD);
		open("GET /.well-known/did.json", "getDidDocument", "Read the issuer's DID document",
				"The did:web document with every key as JsonWebKey and as Multikey.");
		open("GET /.well-known/jwks.json", "getJwks", "Read the issuer's JWKS", "The issuer's public keys, active and retired.");
		open("GET /partners/{slug}/did.json", "getPartnerDidDocument", "Read a partner's DID document",
				"The DID document of a partner that issues in its own name.", NOT_FOUND);
		open("GET /partners/{slug}/jwks.json", "getPartnerJwks", "Read a partner's JWKS",
				"The public keys of a partner that issues in its own name.", NOT_FOUND);
		open("GET /status/{listId}/{purpose}", "getStatusList", "Fetch a status list",
				"A signed BitstringStatusListCredential: purpose message (two bits: valid, revoked, suspended), or revocation/suspension for credentials issued before.",
				NOT_FOUND);
		open("GET /status/{listId}/token", "getTokenStatusList", "Fetch a Token Status List",
				"The same state as an IETF Token Status List (application/statuslist+jwt).", NOT_FOUND);
		partner("POST /credentials/issue", "vcApiIssue", "Issue a credential (W3C VC-API)",
				"Issues one of your achievements, or, in your own DID, a general VCDM 2.0 credential; answers an EnvelopedVerifiableCredential. Refusals name their rule and JSON pointer.",
				INVALID_CREDENTIAL, UNKNOWN_ACHIEVEMENT, UNPRINTABLE_NAME, INVALID_FIELD, CERTIFICATE_LAYOUT);
	}

	private static void partner(String key, String id, String summary, String description, ProblemCode... problems) {
		List<ProblemCode> all = new ArrayList<>(List.of(MALFORMED_REQUEST, UNAUTHORIZED, FORBIDDEN, TOO_MANY_REQUESTS));
		all.addAll(Arrays.asList(problems));
		OPERATIONS.put(key, new Described(id, summary, description, false, all));
	}

	private static void open(String key, String id, String summary, String description, ProblemCode... problems) {
		List<ProblemCode> all = new ArrayList<>(List.of(MALFORMED_REQUEST));
		all.addAll(Arrays.asList(problems));
		OPERATIONS.put(key, new Described(id, summary, description, true, all));
	}

	@Override
	public void customise(OpenAPI api) {
		api.getComponents()
			.addSchemas(ProblemResponses.SCHEMA,
					ProblemResponses.schema(Arrays.stream(ProblemCode.values()).map(Enum::name).toList()));
		ProblemResponses.forEachOperation(api, (key, operation) -> {
			Described described = OPERATIONS.get(key);
			if (described != null) {
				describe(operation, described);
			}
		});
	}

	private static void describe(Operation operation, Described described) {
		operation.operationId(described.operationId()).summary(described.summary()).description(described.description());
		if (described.isPublic()) {
			operation.setSecurity(List.of());
		}
		Map<Integer, List<String>> codesByStatus = new TreeMap<>();
		for (ProblemCode code : described.problems()) {
			codesByStatus.computeIfAbsent(code.status().value(), status -> new ArrayList<>()).add(code.name());
		}
		ProblemResponses.add(operation, codesByStatus);
	}

}
