package org.skillcred.issuer.credential;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.jose.CredentialSigner;
import org.skillcred.core.jose.JwtProfile;
import org.skillcred.core.verification.CredentialSummary;
import org.skillcred.issuer.partner.PartnerManagement;
import org.skillcred.issuer.signing.SigningKeyRegistry;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The W3C VC-API issue operation: signs a caller-supplied, unsigned VC Data Model 2.0 credential
 * as {@code vc+jwt} and records it.
 * <p>
 * The data-model rules are the core engine's: the credential is signed, then checked by the same
 * content rules every verifier applies, and refused (nothing stored) if it breaks them. Only what
 * must hold before signing is checked here: the issuer is this issuer, there is no embedded proof,
 * and the JSON is within the limits verifiers accept.
 *
 * @see <a href="https://w3c-ccg.github.io/vc-api/#issue-credential">VC-API Issue Credential</a>
 */
@Service
class VcApiIssuance {

	private final SigningKeyRegistry keys;

	private final CredentialRecordRepository records;

	private final SelfCheck selfCheck;

	private final Clock clock;

	private final PartnerManagement partners;

	VcApiIssuance(SigningKeyRegistry keys, CredentialRecordRepository records, SelfCheck selfCheck, Clock clock,
			PartnerManagement partners) {
		this.partners = partners;
		this.keys = keys;
		this.records = records;
		this.selfCheck = selfCheck;
		this.clock = clock;
	}

	CredentialRecord issue(UUID partnerId, JsonNode unsigned) {
		if (unsigned == null || !unsigned.isObject()) {
			throw invalid("credential must be a JSON object.");
		}
		ObjectNode credential = ((ObjectNode) unsigned).deepCopy();
		JsonNode issuer = credential.path("issuer");
		String issuerId = issuer.isObject() ? issuer.path("id").asString(null) : issuer.asString(null);
		String expected = partners.issuerFor(partners.get(partnerId)).id();
		if (!expected.equals(issuerId)) {
			throw invalid("issuer must be your issuer, " + expected + ".");
		}
		if (credential.has("proof")) {
			throw invalid("An unsigned credential must not carry a proof.");
		}
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
		CredentialSigner signer = keys.signerFor(issuerId);
		String jwt = signer.signPayload(payload, JwtProfile.VC_JWT.type(), JwtProfile.VC_JWT.contentType());
		CredentialSummary summary = selfCheck.requireWellFormed(jwt).credential();
		JsonNode subject = credential.get("credentialSubject");
		JsonNode firstSubject = subject.isArray() ? subject.get(0) : subject;
		Instant now = clock.instant();
		return records.save(CredentialRecord.of(new CredentialRecord.Issued(recordId, partnerId, null, issuerId,
				truncate(summary.learnerName(), 500), null, truncate(firstSubject.path("id").asString(""), 300), "en",
				JwtProfile.VC_JWT, (summary.validFrom() != null) ? summary.validFrom() : now, summary.validUntil(), now,
				signer.keyId(), null, null, jwt, null, null, null, null, null, null)));
	}

	private static String truncate(@org.jspecify.annotations.Nullable String value, int max) {
		if (value == null) {
			return "";
		}
		return (value.length() > max) ? value.substring(0, max) : value;
	}

	private static IssuerException invalid(String message) {
		return new IssuerException(ProblemCode.INVALID_CREDENTIAL, message);
	}

}
