package org.skillcred.issuer.achievement;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.skillcred.issuer.audit.AuditAction;
import org.skillcred.issuer.audit.AuditLog;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' achievements: define them, list them, and resolve the one a credential is issued for.
 */
@Service
public class AchievementCatalog {

	/** Achievements recently resolved, by partner and id or slug; unknown ones are not kept. */
	private final Cache<String, Achievement> resolved = Caffeine
		.newBuilder()
		.maximumSize(10_000)
		.build();

	private final AchievementRepository achievements;

	private final AuditLog audit;

	private final Clock clock;

	AchievementCatalog(AchievementRepository achievements, AuditLog audit, Clock clock) {
		this.achievements = achievements;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Achievement define(UUID partnerId, Achievement.Definition definition) {
		if (achievements.findByPartnerIdAndSlug(partnerId, definition.slug()).isPresent()) {
			throw new IssuerException(ProblemCode.DUPLICATE,
					"The partner already has an achievement '" + definition.slug() + "'.");
		}
		Achievement saved = achievements.save(Achievement.create(partnerId, definition, clock.instant()));
		audit.record("admin", partnerId, AuditAction.ACHIEVEMENT_DEFINED, "achievement", saved.id().toString(), null);
		return saved;
	}

	@Transactional(readOnly = true)
	public List<Achievement> list(UUID partnerId) {
		return achievements.findByPartnerIdOrderByName(partnerId);
	}

	@Transactional(readOnly = true)
	public Optional<Achievement> find(UUID partnerId, String slug) {
		return achievements.findByPartnerIdAndSlug(partnerId, slug);
	}

	/**
	 * Any achievement by id, for its public description.
	 * @param id the achievement id
	 * @return the achievement, if it exists
	 */
	@Transactional(readOnly = true)
	public Optional<Achievement> findPublic(UUID id) {
		return achievements.findById(id);
	}

	/**
	 * Finds one of the partner's achievements by id or slug.
	 * @param partnerId the partner
	 * @param idOrSlug the achievement's UUID or slug
	 * @return the achievement
	 * @throws IssuerException {@link ProblemCode#UNKNOWN_ACHIEVEMENT} when the partner has none such
	 */
	public Achievement resolve(UUID partnerId, String idOrSlug) {
		// achievements are never changed once defined, so a found one can be kept
		Achievement known = resolved.getIfPresent(partnerId + "/" + idOrSlug);
		if (known != null) {
			return known;
		}
		Optional<Achievement> found;
		try {
			found = achievements.findById(UUID.fromString(idOrSlug)).filter(a -> a.partnerId().equals(partnerId));
		}
		catch (IllegalArgumentException notUuid) {
			found = achievements.findByPartnerIdAndSlug(partnerId, idOrSlug);
		}
		found.ifPresent(achievement -> resolved.put(partnerId + "/" + idOrSlug, achievement));
		return found.orElseThrow(() -> new IssuerException(ProblemCode.UNKNOWN_ACHIEVEMENT,
				"You have no achievement '" + idOrSlug + "'. List yours with GET /api/v1/achievements."));
	}

}
