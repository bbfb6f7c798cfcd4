package org.skillcred.issuer.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Status lists. Never deleted.
 */
interface StatusListRepository extends Repository<StatusList, UUID> {

	StatusList save(StatusList list);

	Optional<StatusList> findById(UUID id);

	List<StatusList> findByIssuerIdAndFullListFalseOrderByCreatedAt(String issuerId);

	@Modifying
	@Query("update status_list set full_list = true where id = :id")
	void markFull(@Param("id") UUID id);

	@Modifying
	@Query("update status_list set revision = revision + 1, updated_at = :now where id = :id")
	int bumpRevision(@Param("id") UUID id, @Param("now") Instant now);

}
