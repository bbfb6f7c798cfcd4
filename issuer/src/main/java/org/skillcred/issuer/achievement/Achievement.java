package org.skillcred.issuer.achievement;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.ProblemCode;
import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.Alignment;
import org.skillcred.core.credential.Criteria;
import org.skillcred.core.credential.Image;
import org.skillcred.core.jose.JwtProfile;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A course or certification of a partner, for which it issues credentials: what is written into
 * each credential's {@code achievement}, the certificate template, the JWT profile, and the default
 * validity.
 */
@Table("achievement")
public class Achievement {

	@Id
	private final UUID id;

	private final UUID partnerId;

	private final String slug;

	private final String name;

	private final String description;

	private final @Nullable String criteriaNarrative;

	private final @Nullable String criteriaUrl;

	private final String achievementType;

	private final @Nullable String imageUrl;

	private final String templateKey;

	private final JwtProfile jwtProfile;

	private final @Nullable String validity;

	private final String language;

	@MappedCollection(idColumn = "achievement_id", keyColumn = "position")
	private final List<AlignmentRef> alignments;

	private final Instant createdAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Achievement(UUID id, UUID partnerId, String slug, String name, String description,
			@Nullable String criteriaNarrative, @Nullable String criteriaUrl, String achievementType,
			@Nullable String imageUrl, String templateKey, JwtProfile jwtProfile, @Nullable String validity,
			String language, List<AlignmentRef> alignments, Instant createdAt, @Nullable Long version) {
		if (criteriaNarrative == null && criteriaUrl == null) {
			throw new IllegalArgumentException("An achievement needs criteria: a narrative or a URL");
		}
		if (!jwtProfile.signable()) {
			throw new IllegalArgumentException("Achievements are issued as vc+jwt or OB 3.0 JWT");
		}
		if (validity != null) {
			Period.parse(validity); // stored before the range rule: kept readable, checked at issue time
		}
		this.id = id;
		this.partnerId = partnerId;
		this.slug = slug;
		this.name = name;
		this.description = description;
		this.criteriaNarrative = criteriaNarrative;
		this.criteriaUrl = criteriaUrl;
		this.achievementType = achievementType;
		this.imageUrl = imageUrl;
		this.templateKey = templateKey;
		this.jwtProfile = jwtProfile;
		this.validity = validity;
		this.language = language;
		this.alignments = List.copyOf(alignments);
		this.createdAt = createdAt;
		this.version = version;
	}

	/**
	 * The facts of a new achievement.
	 *
	 * @param slug short unique name within the partner
	 * @param name display name
	 * @param description what it is about
	 * @param criteriaNarrative how it is earned, Markdown
	 * @param criteriaUrl a page describing the criteria
	 * @param achievementType OB 3.0 achievement type
	 * @param imageUrl badge image URL
	 * @param templateKey certificate template key
	 * @param jwtProfile JWT profile of its credentials
	 * @param validity default validity as an ISO-8601 period such as {@code P2Y}, or null
	 * @param language default language of its certificates
	 * @param alignments competencies
	 */
	public record Definition(String slug, String name, String description, @Nullable String criteriaNarrative,
			@Nullable String criteriaUrl, String achievementType, @Nullable String imageUrl, String templateKey,
			JwtProfile jwtProfile, @Nullable Period validity, String language, List<AlignmentRef> alignments) {
	}

	static Achievement create(UUID partnerId, Definition d, Instant now) {
		if (d.validity() != null) {
			validityOf(d.validity().toString());
		}
		return new Achievement(UUID.randomUUID(), partnerId, d.slug(), d.name(), d.description(),
				d.criteriaNarrative(), d.criteriaUrl(), d.achievementType(), d.imageUrl(), d.templateKey(),
				d.jwtProfile(), (d.validity() != null) ? d.validity().toString() : null, d.language(),
				d.alignments(), now, null);
	}

	/**
	 * This achievement as the Open Badges 3.0 {@code Achievement} written into credentials.
	 * @param issuerBaseUrl the issuer's public base URL; the achievement's id is a URL under it
	 * @return the achievement
	 */
	public org.skillcred.core.credential.Achievement toOpenBadge(String issuerBaseUrl) {
		return new org.skillcred.core.credential.Achievement(issuerBaseUrl + "/achievements/" + id,
				List.of("Achievement"), name, description, new Criteria(criteriaUrl, criteriaNarrative), achievementType,
				(imageUrl != null) ? Image.of(imageUrl, name) : null,
				alignments.stream()
					.map(r -> Alignment.of(r.targetName(), r.targetUrl(), r.targetFramework(), r.targetCode()))
					.toList(),
				language);
	}

	/** The longest default validity: a credential valid for longer is, in practice, permanent. */
	public static final int MAX_VALIDITY_YEARS = 100;

	/**
	 * Parses a default validity: a positive ISO-8601 period of at most {@value #MAX_VALIDITY_YEARS}
	 * years, so that every issue date plus the validity is a date verifiers can read.
	 * @param iso the period, such as {@code P2Y} or {@code P18M}
	 * @return the period
	 * @throws IssuerException {@link ProblemCode#INVALID_FIELD} naming {@code validity}
	 */
	public static Period validityOf(String iso) {
		Period period;
		try {
			period = Period.parse(iso).normalized();
		}
		catch (java.time.format.DateTimeParseException | ArithmeticException ex) {
			throw invalidValidity("validity must be an ISO-8601 period such as P2Y.");
		}
		if (period.isNegative() || period.isZero()) {
			throw invalidValidity("validity must be a positive period.");
		}
		// an average month, so that P100Y, P1200M and P36525D are all just within the limit
		long days = Math.round(period.toTotalMonths() * 30.4369) + period.getDays();
		if (period.toTotalMonths() > MAX_VALIDITY_YEARS * 12L || days > MAX_VALIDITY_YEARS * 36525L / 100) {
			throw invalidValidity("validity must be at most " + MAX_VALIDITY_YEARS + " years.");
		}
		return period;
	}

	private static IssuerException invalidValidity(String message) {
		return new IssuerException(ProblemCode.INVALID_FIELD, message).with("field", "validity");
	}

	public UUID id() {
		return id;
	}

	public UUID partnerId() {
		return partnerId;
	}

	public String slug() {
		return slug;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	public @Nullable String criteriaNarrative() {
		return criteriaNarrative;
	}

	public @Nullable String criteriaUrl() {
		return criteriaUrl;
	}

	public String achievementType() {
		return achievementType;
	}

	public @Nullable String imageUrl() {
		return imageUrl;
	}

	public String templateKey() {
		return templateKey;
	}

	public JwtProfile jwtProfile() {
		return jwtProfile;
	}

	public @Nullable Period validity() {
		return (validity != null) ? Period.parse(validity) : null;
	}

	public String language() {
		return language;
	}

	public List<AlignmentRef> alignments() {
		return alignments;
	}

	public Instant createdAt() {
		return createdAt;
	}

}
