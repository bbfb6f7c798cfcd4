package org.skillcred.issuer.partner;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Partners. Partners are disabled, never deleted: their credentials outlive them.
 */
interface PartnerRepository extends Repository<Partner, UUID> {

	Partner save(Partner partner);

	Optional<Partner> findById(UUID id);

	Optional<Partner> findBySlug(String slug);

	List<Partner> findAllByOrderByCreatedAt();

	@Query("select p.* from partner p join partner_api_key k on k.partner_id = p.id where k.key_hash = :hash")
	Optional<Partner> findByApiKeyHash(@Param("hash") String hash);

}
