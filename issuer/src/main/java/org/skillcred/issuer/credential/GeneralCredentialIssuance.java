package org.skillcred.issuer.credential;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.jose.CredentialSigner;
import org.skillcred.core.jose.JwtProfile;
import org.skillcred.core.verification.DataModelRules;
import org.skillcred.core.verification.RuleViolation;
import org.skillcred.core.verification.Times;
import org.skillcred.issuer.audit.AuditAction;
import org.skillcred.issuer.audit.AuditLog;
import org.skillcred.issuer.signing.SigningKeyRegistry;
import org.skillcred.issuer.status.StatusIndexAllocator;
import org.skillcred.issuer.status.StatusListUrls;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signs a general VC Data Model 2.0 credential that a partner with its own issuer identity (its
 * own DID) wrote, in that identity only.
 * <p>
 * The partner writes the claims; SkillCred assigns what makes a credential accountable: its id,
 * its issue date ({@code validFrom}), its status entry (valid, revoked or suspended), and the audit
 * entry. So every credential SkillCred signs can be revoked, and none is backdated or carries
 * another credential's status. Whether the caller owns the identity is decided by the caller of
 * this class ({@code vcapi}); the content is checked here by the same VCDM 2.0 rules every
 * verifier applies, and a credential that breaks them is refused with nothing stored.
 */
@Service
public class GeneralCredentialIssuance {

	private final SigningKeyRegistry keys;

	private final SelfCheck selfCheck;

	private final StatusIndexAllocator allocator;

	private final StatusListUrls statusUrls;

	private final CredentialInserts inserts;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	GeneralCredentialIssuance(SigningKeyRegistry keys, SelfCheck selfCheck, StatusIndexAllocator allocator,
			StatusListUrls statusUrls, CredentialInserts inserts, AuditLog audit,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.keys = keys;
		this.selfCheck = selfCheck;
		this.allocator = allocator;
		this.statusUrls = statusUrls;
		this.inserts = inserts;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Signs and stores a credential in the caller's own issuer identity.
	 * @param caller the partner
	 * @param issuerId the partner's own DID, already checked to be the credential's issuer
	 * @param claims the credential without {@code id}, {@code validFrom}, {@code credentialStatus}
	 * or {@code proof}
	 * @return the stored credential
	 */
	public CredentialRecord issue(PartnerPrincipal caller, String issuerId, ObjectNode claims) {
		UUID partnerId = caller.requirePartnerId();
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		@Nullable Instant validUntil = validUntil(claims, now);
		return Objects.requireNonNull(transactions.execute(tx -> {
			UUID id = UUID.randomUUID();
			StatusIndexAllocator.Allocation slot = allocator.allocate(issuerId, id);
			ObjectNode credential = assign(claims, issuerId, id, now, slot);
			RuleViolation violation = DataModelRules.firstViolation(credential);
			if (violation != null) {
				throw new IssuerException(ProblemCode.INVALID_CREDENTIAL, violation.message()).with("rule", violation.rule())
					.with("pointer", "/credential" + violation.pointer());
			}
			String payload = CredentialJson.defaults().write(credential);
			try {
				CredentialJson.defaults().read(payload); // the limits every verifier applies
			}
			catch (JacksonException ex) {
				throw new IssuerException(ProblemCode.INVALID_CREDENTIAL,
						"The credential is nested too deeply or is too large.");
			}
			CredentialSigner signer = keys.signerFor(issuerId);
			String jwt = signer.signPayload(payload, JwtProfile.VC_JWT.type(), JwtProfile.VC_JWT.contentType());
			selfCheck.requireWellFormed(jwt);
			JsonNode subject = credential.get("credentialSubject");
			JsonNode first = subject.isArray() ? subject.path(0) : subject;
			CredentialRecord record = CredentialRecord.of(new CredentialRecord.Issued(id, partnerId, null, issuerId,
					truncate(first.path("name").asString(""), 500), null, truncate(first.path("id").asString(""), 300),
					"en", JwtProfile.VC_JWT, now, validUntil, now, signer.keyId(), null, null, jwt, null, null,
					slot.listId(), slot.index(), null, null));
			inserts.insertAll(List.of(record));
			audit.record(caller.getName(), partnerId, AuditAction.CREDENTIAL_ISSUED, "credential", id.toString(),
					"VC-API, issuer " + issuerId);
			return record;
		}));
	}

	/** The assigned members first, then the caller's claims in their order. */
	private ObjectNode assign(ObjectNode claims, String issuerId, UUID id, Instant now,
			StatusIndexAllocator.Allocation slot) {
		ObjectNode credential = claims.objectNode();
		credential.set("@context", claims.get("@context"));
		credential.put("id", "urn:uuid:" + id);
		claims.properties().forEach(member -> {
			if (!member.getKey().equals("@context")) {
				credential.set(member.getKey(), member.getValue());
			}
		});
		credential.put("validFrom", now.toString());
		// VC-JOSE-COSE allows iss, equal to the issuer's id; JWT libraries look for it
		credential.put("iss", issuerId);
		credential.set("credentialStatus", CredentialJson.defaults().toTree(statusUrls.entry(slot.listId(), slot.index())));
		return credential;
	}

	private static @Nullable Instant validUntil(ObjectNode claims, Instant now) {
		JsonNode value = claims.get("validUntil");
		if (value == null) {
			return null;
		}
		Instant validUntil;
		try {
			validUntil = Times.dateField(value);
		}
		catch (IllegalArgumentException ex) {
			throw new IssuerException(ProblemCode.INVALID_FIELD, "validUntil must be an RFC 3339 date-time.")
				.with("field", "credential.validUntil");
		}
		if (validUntil == null) {
			return null; // "validUntil": null, which the data-model rules refuse by name before anything is signed
		}
		CredentialIssuance.requireValidUntil(validUntil, now);
		return validUntil;
	}

	private static String truncate(String value, int max) {
		return (value.length() > max) ? value.substring(0, max) : value;
	}

}
