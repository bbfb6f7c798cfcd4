package org.skillcred.issuer.credential;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/**
 * Issued credentials. There is deliberately no delete: credential history is permanent.
 */
interface CredentialRecordRepository extends Repository<CredentialRecord, UUID> {

	CredentialRecord save(CredentialRecord record);

	Optional<CredentialRecord> findById(UUID id);

	Optional<CredentialRecord> findByIdAndPartnerId(UUID id, UUID partnerId);

	Optional<CredentialRecord> findByPartnerIdAndIdempotencyKey(UUID partnerId, String idempotencyKey);

	Page<CredentialRecord> findByPartnerId(UUID partnerId, Pageable pageable);

	List<CredentialRecord> findTop200ByKid(String kid);

	Optional<CredentialRecord> findByLearnerToken(String learnerToken);

}
