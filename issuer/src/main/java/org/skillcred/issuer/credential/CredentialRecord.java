package org.skillcred.issuer.credential;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.jose.JwtProfile;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An issued credential: the facts it was issued with, the signed compact JWT, the key that signed
 * it, and its state. The facts are immutable once signed; only the state changes (through
 * {@link #revoke}, {@link #suspend} and {@link #reinstate}, which guard the allowed transitions),
 * and the signature when a compromised key forces re-signing. Records are never deleted.
 */
@Table("credential")
public class CredentialRecord {

	@Id
	private final UUID id;

	private final UUID partnerId;

	private final @Nullable UUID achievementId;

	private final String issuerId;

	private final String recipientName;

	private final @Nullable String recipientEmail;

	private final String subjectId;

	private final String language;

	private final JwtProfile jwtProfile;

	private final Instant validFrom;

	private final @Nullable Instant validUntil;

	private final Instant issuedAt;

	private CredentialState state;

	private String kid;

	private final @Nullable String templateKey;

	private final @Nullable Integer templateVersion;

	private String compactJwt;

	private final @Nullable String idempotencyKey;

	private final @Nullable String requestHash;

	private final @Nullable UUID statusListId;

	private final @Nullable Integer statusIndex;

	private @Nullable Instant stateChangedAt;

	private @Nullable String stateReason;

	private final @Nullable UUID previousCredentialId;

	private @Nullable String learnerToken;

	private final @Nullable String recipientKey;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	CredentialRecord(UUID id, UUID partnerId, @Nullable UUID achievementId, String issuerId, String recipientName,
			@Nullable String recipientEmail, String subjectId, String language, JwtProfile jwtProfile,
			Instant validFrom, @Nullable Instant validUntil, Instant issuedAt, CredentialState state, String kid,
			@Nullable String templateKey, @Nullable Integer templateVersion, String compactJwt,
			@Nullable String idempotencyKey, @Nullable String requestHash, @Nullable UUID statusListId,
			@Nullable Integer statusIndex, @Nullable Instant stateChangedAt, @Nullable String stateReason,
			@Nullable UUID previousCredentialId, @Nullable String learnerToken, @Nullable String recipientKey,
			@Nullable Long version) {
		this.id = id;
		this.partnerId = partnerId;
		this.achievementId = achievementId;
		this.issuerId = issuerId;
		this.recipientName = recipientName;
		this.recipientEmail = recipientEmail;
		this.subjectId = subjectId;
		this.language = language;
		this.jwtProfile = jwtProfile;
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.issuedAt = issuedAt;
		this.state = state;
		this.kid = kid;
		this.templateKey = templateKey;
		this.templateVersion = templateVersion;
		this.compactJwt = compactJwt;
		this.idempotencyKey = idempotencyKey;
		this.requestHash = requestHash;
		this.statusListId = statusListId;
		this.statusIndex = statusIndex;
		this.stateChangedAt = stateChangedAt;
		this.stateReason = stateReason;
		this.previousCredentialId = previousCredentialId;
		this.learnerToken = learnerToken;
		this.recipientKey = recipientKey;
		this.version = version;
	}

	/**
	 * The facts of a newly signed credential.
	 *
	 * @param id the credential id (the UUID of its {@code urn:uuid:})
	 * @param partnerId the issuing partner
	 * @param achievementId the achievement, or null for credentials issued through the VC-API
	 * @param issuerId the issuer DID
	 * @param recipientName the learner's name
	 * @param recipientEmail the learner's e-mail, kept for delivery; never in the credential
	 * @param subjectId the credential subject id
	 * @param language the certificate language
	 * @param jwtProfile the JWT profile
	 * @param validFrom start of validity
	 * @param validUntil end of validity or null
	 * @param issuedAt when it was signed
	 * @param kid the signing key
	 * @param templateKey the certificate template, or null
	 * @param templateVersion the template version, or null
	 * @param compactJwt the signed credential
	 * @param idempotencyKey the client's Idempotency-Key, or null
	 * @param requestHash hash of the request, to detect a key reused for another request
	 * @param statusListId the status list holding its revocation and suspension bits, or null
	 * @param statusIndex its index in that list, or null
	 * @param previousCredentialId the credential this one renews, or null
	 * @param recipientKey the partner's key for this learner and achievement (batch issuance), or
	 * null; unique per partner
	 */
	record Issued(UUID id, UUID partnerId, @Nullable UUID achievementId, String issuerId, String recipientName,
			@Nullable String recipientEmail, String subjectId, String language, JwtProfile jwtProfile,
			Instant validFrom, @Nullable Instant validUntil, Instant issuedAt, String kid,
			@Nullable String templateKey, @Nullable Integer templateVersion, String compactJwt,
			@Nullable String idempotencyKey, @Nullable String requestHash, @Nullable UUID statusListId,
			@Nullable Integer statusIndex, @Nullable UUID previousCredentialId, @Nullable String recipientKey) {
	}

	static CredentialRecord of(Issued i) {
		return new CredentialRecord(i.id(), i.partnerId(), i.achievementId(), i.issuerId(), i.recipientName(),
				i.recipientEmail(), i.subjectId(), i.language(), i.jwtProfile(), i.validFrom(), i.validUntil(),
				i.issuedAt(), CredentialState.ISSUED, i.kid(), i.templateKey(), i.templateVersion(), i.compactJwt(),
				i.idempotencyKey(),
				i.requestHash(), i.statusListId(), i.statusIndex(), null, null, i.previousCredentialId(),
				LearnerTokens.generate(), i.recipientKey(), null);
	}

	/**
	 * Records that the row was inserted outside the aggregate template (batch and single issuance
	 * insert with plain JDBC, at version 0), so that a later save of this object is an update.
	 */
	void inserted() {
		this.version = 0L;
	}

	/**
	 * Revokes the credential for good.
	 * @param reason why
	 * @param now the time
	 * @return false when it was already revoked (nothing changes, nothing to log)
	 */
	boolean revoke(@Nullable String reason, Instant now) {
		if (state == CredentialState.REVOKED) {
			return false;
		}
		return changeState(CredentialState.REVOKED, reason, now);
	}

	/**
	 * Suspends the credential until it is reinstated.
	 * @param reason why
	 * @param now the time
	 * @return false when it was already suspended
	 * @throws IssuerException when it is revoked: revocation is permanent
	 */
	boolean suspend(@Nullable String reason, Instant now) {
		requireNotRevoked();
		if (state == CredentialState.SUSPENDED) {
			return false;
		}
		return changeState(CredentialState.SUSPENDED, reason, now);
	}

	/**
	 * Lifts a suspension.
	 * @param reason why
	 * @param now the time
	 * @return false when it was not suspended (already in force)
	 * @throws IssuerException when it is revoked: revocation is permanent
	 */
	boolean reinstate(@Nullable String reason, Instant now) {
		requireNotRevoked();
		if (state == CredentialState.ISSUED) {
			return false;
		}
		return changeState(CredentialState.ISSUED, reason, now);
	}

	private void requireNotRevoked() {
		if (state == CredentialState.REVOKED) {
			throw new IssuerException(ProblemCode.CREDENTIAL_REVOKED,
					"The credential is revoked; revocation is permanent.");
		}
	}

	private boolean changeState(CredentialState next, @Nullable String reason, Instant now) {
		if (statusListId == null) {
			throw new IssuerException(ProblemCode.CONFLICT, "This credential has no status list entry.");
		}
		this.state = next;
		this.stateReason = reason;
		this.stateChangedAt = now;
		return true;
	}

	/**
	 * Replaces the learner link's token; the previous link stops working.
	 * @return the new token
	 */
	String rotateLearnerToken() {
		this.learnerToken = LearnerTokens.generate();
		return learnerToken;
	}

	public @Nullable String learnerToken() {
		return learnerToken;
	}

	/**
	 * Replaces the signed form after re-signing with another key; the facts stay the same.
	 * @param jwt the new compact JWT
	 * @param newKid the key that signed it
	 */
	void resigned(String jwt, String newKid) {
		this.compactJwt = jwt;
		this.kid = newKid;
	}

	public UUID id() {
		return id;
	}

	public UUID partnerId() {
		return partnerId;
	}

	public @Nullable UUID achievementId() {
		return achievementId;
	}

	public String issuerId() {
		return issuerId;
	}

	public String recipientName() {
		return recipientName;
	}

	public @Nullable String recipientEmail() {
		return recipientEmail;
	}

	public String subjectId() {
		return subjectId;
	}

	public String language() {
		return language;
	}

	public JwtProfile jwtProfile() {
		return jwtProfile;
	}

	public Instant validFrom() {
		return validFrom;
	}

	public @Nullable Instant validUntil() {
		return validUntil;
	}

	public Instant issuedAt() {
		return issuedAt;
	}

	public CredentialState state() {
		return state;
	}

	public String kid() {
		return kid;
	}

	public @Nullable String templateKey() {
		return templateKey;
	}

	public @Nullable Integer templateVersion() {
		return templateVersion;
	}

	/**
	 * A number that changes whenever the record does (state changes, re-signing): part of the
	 * certificate's cache key and ETag.
	 * @return the optimistic-locking version
	 */
	public long revision() {
		return (version != null) ? version : 0;
	}

	public String compactJwt() {
		return compactJwt;
	}

	public @Nullable UUID statusListId() {
		return statusListId;
	}

	public @Nullable Integer statusIndex() {
		return statusIndex;
	}

	public @Nullable Instant stateChangedAt() {
		return stateChangedAt;
	}

	public @Nullable String stateReason() {
		return stateReason;
	}

	public @Nullable String recipientKey() {
		return recipientKey;
	}

	public @Nullable UUID previousCredentialId() {
		return previousCredentialId;
	}

	@Nullable String idempotencyKey() {
		return idempotencyKey;
	}

	@Nullable String requestHash() {
		return requestHash;
	}

}
