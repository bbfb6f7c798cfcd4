package org.skillcred.issuer.credential;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.jose.JwtProfile;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An issued credential: the facts it was issued with, the signed compact JWT, the key that signed
 * it, and its state. Everything but the state is immutable once signed; records are never deleted.
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

	private final String kid;

	private final @Nullable String templateKey;

	private final String compactJwt;

	private final @Nullable String idempotencyKey;

	private final @Nullable String requestHash;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	CredentialRecord(UUID id, UUID partnerId, @Nullable UUID achievementId, String issuerId, String recipientName,
			@Nullable String recipientEmail, String subjectId, String language, JwtProfile jwtProfile,
			Instant validFrom, @Nullable Instant validUntil, Instant issuedAt, CredentialState state, String kid,
			@Nullable String templateKey, String compactJwt, @Nullable String idempotencyKey,
			@Nullable String requestHash, @Nullable Long version) {
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
		this.compactJwt = compactJwt;
		this.idempotencyKey = idempotencyKey;
		this.requestHash = requestHash;
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
	 * @param compactJwt the signed credential
	 * @param idempotencyKey the client's Idempotency-Key, or null
	 * @param requestHash hash of the request, to detect a key reused for another request
	 */
	record Issued(UUID id, UUID partnerId, @Nullable UUID achievementId, String issuerId, String recipientName,
			@Nullable String recipientEmail, String subjectId, String language, JwtProfile jwtProfile,
			Instant validFrom, @Nullable Instant validUntil, Instant issuedAt, String kid,
			@Nullable String templateKey, String compactJwt, @Nullable String idempotencyKey,
			@Nullable String requestHash) {
	}

	static CredentialRecord of(Issued i) {
		return new CredentialRecord(i.id(), i.partnerId(), i.achievementId(), i.issuerId(), i.recipientName(),
				i.recipientEmail(), i.subjectId(), i.language(), i.jwtProfile(), i.validFrom(), i.validUntil(),
				i.issuedAt(), CredentialState.ISSUED, i.kid(), i.templateKey(), i.compactJwt(), i.idempotencyKey(),
				i.requestHash(), null);
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

	public String compactJwt() {
		return compactJwt;
	}

	@Nullable String idempotencyKey() {
		return idempotencyKey;
	}

	@Nullable String requestHash() {
		return requestHash;
	}

}
