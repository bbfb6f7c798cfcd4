package org.skillcred.core.credential;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * A W3C Verifiable Credential (Data Model 2.0) that is an Open Badges 3.0
 * {@code OpenBadgeCredential}: the unsecured credential that a JWT profile then signs.
 * <p>
 * Instances are immutable. Build them with {@link #builder()}, which fills in the contexts, types,
 * schema and a {@code urn:uuid:} id, and truncates dates to whole seconds so that {@code validFrom}
 * and the OB 3.0 {@code nbf} claim agree exactly.
 *
 * @param context the JSON-LD contexts, VC v2 first
 * @param id the credential id, a {@code urn:uuid:}
 * @param type {@code VerifiableCredential} and {@code OpenBadgeCredential}
 * @param issuer the issuing organisation
 * @param validFrom when the credential becomes valid
 * @param validUntil when it stops being valid, or null for no end
 * @param name the credential's display name (the achievement's name)
 * @param credentialSubject the learner and the achievement
 * @param credentialStatus status list entries, possibly empty; one entry is written as an object, as
 * Open Badges 3.0 requires
 * @param credentialSchema schemas the credential conforms to
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/">VC Data Model 2.0</a>
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#achievementcredential">OB 3.0 AchievementCredential</a>
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "@context", "id", "type", "issuer", "validFrom", "validUntil", "name", "credentialSubject",
		"credentialStatus", "credentialSchema" })
public record OpenBadgeCredential(@JsonProperty("@context") List<String> context, String id, List<String> type,
		IssuerProfile issuer, Instant validFrom, @Nullable Instant validUntil, String name,
		AchievementSubject credentialSubject,
		@JsonFormat(with = JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED) List<StatusEntry> credentialStatus,
		List<CredentialSchemaRef> credentialSchema) {

	/** The credential types every SkillCred credential carries. */
	public static final List<String> TYPES = List.of("VerifiableCredential", "OpenBadgeCredential");

	public OpenBadgeCredential {
		context = List.copyOf(context);
		type = List.copyOf(type);
		credentialStatus = List.copyOf(credentialStatus);
		credentialSchema = List.copyOf(credentialSchema);
		if (context.isEmpty() || !CredentialContexts.VC_V2.equals(context.get(0))) {
			throw new IllegalArgumentException("The first @context must be " + CredentialContexts.VC_V2);
		}
		if (validUntil != null && validUntil.isBefore(validFrom)) {
			throw new IllegalArgumentException("validUntil must not be before validFrom");
		}
	}

	/**
	 * Returns a builder for a new credential.
	 * @return a builder with a fresh {@code urn:uuid:} id
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns a copy of this credential with the given status entries.
	 * @param entries the {@code credentialStatus} entries
	 * @return the copy
	 */
	public OpenBadgeCredential withStatus(List<StatusEntry> entries) {
		return new OpenBadgeCredential(context, id, type, issuer, validFrom, validUntil, name, credentialSubject,
				entries, credentialSchema);
	}

	/** Builds an {@link OpenBadgeCredential}. Not thread-safe. */
	public static final class Builder {

		private String id = "urn:uuid:" + UUID.randomUUID();

		private @Nullable IssuerProfile issuer;

		private @Nullable Instant validFrom;

		private @Nullable Instant validUntil;

		private @Nullable AchievementSubject subject;

		private final List<StatusEntry> status = new ArrayList<>();

		private Builder() {
		}

		public Builder id(UUID uuid) {
			this.id = "urn:uuid:" + uuid;
			return this;
		}

		public Builder issuer(IssuerProfile issuer) {
			this.issuer = issuer;
			return this;
		}

		public Builder validFrom(Instant validFrom) {
			this.validFrom = validFrom.truncatedTo(ChronoUnit.SECONDS);
			return this;
		}

		public Builder validUntil(@Nullable Instant validUntil) {
			this.validUntil = (validUntil != null) ? validUntil.truncatedTo(ChronoUnit.SECONDS) : null;
			return this;
		}

		public Builder subject(AchievementSubject subject) {
			this.subject = subject;
			return this;
		}

		public Builder status(StatusEntry entry) {
			this.status.add(entry);
			return this;
		}

		public OpenBadgeCredential build() {
			AchievementSubject s = Objects.requireNonNull(subject, "subject");
			return new OpenBadgeCredential(List.of(CredentialContexts.VC_V2, CredentialContexts.OB_V3), id, TYPES,
					Objects.requireNonNull(issuer, "issuer"), Objects.requireNonNull(validFrom, "validFrom"),
					validUntil, s.achievement().name(), s, status,
					List.of(CredentialSchemaRef.OB_V3_ACHIEVEMENT_CREDENTIAL));
		}

	}

}
