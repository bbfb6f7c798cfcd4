package org.skillcred.issuer.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/**
 * Reads the audit log. Entries are inserted by {@link AuditLog}; there is no update and no delete.
 */
interface AuditEventRepository extends Repository<AuditEvent, UUID> {

	List<AuditEvent> findByPartnerIdOrderByOccurredAtDesc(UUID partnerId, Pageable page);

	List<AuditEvent> findAllByOrderByOccurredAtDesc(Pageable page);

	List<AuditEvent> findBySubjectIdOrderByOccurredAt(String subjectId);

}
