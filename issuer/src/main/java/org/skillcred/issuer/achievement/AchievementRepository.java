package org.skillcred.issuer.achievement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Achievements, looked up within their partner.
 */
interface AchievementRepository extends Repository<Achievement, UUID> {

	Achievement save(Achievement achievement);

	Optional<Achievement> findById(UUID id);

	List<Achievement> findByPartnerIdOrderByName(UUID partnerId);

	Optional<Achievement> findByPartnerIdAndSlug(UUID partnerId, String slug);

}
