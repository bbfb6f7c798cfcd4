package org.skillcred.issuer.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads the audit log. Recording joins the caller's transaction, so an event is logged
 * exactly when the change it describes is committed.
 */
@Service
public class AuditLog {

	private final AuditEventRepository events;

	private final JdbcAggregateOperations jdbc;

	private final Clock clock;

	AuditLog(AuditEventRepository events, JdbcAggregateOperations jdbc, Clock clock) {
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Appends an event.
	 * @param actor {@code admin} or the acting partner's slug
	 * @param partnerId the partner whose data it concerns, or null for platform events
	 * @param action what happened
	 * @param subjectType what it happened to
	 * @param subjectId which one
	 * @param reason why, or null
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, @Nullable UUID partnerId, AuditAction action, String subjectType, String subjectId,
			@Nullable String reason) {
		jdbc.insert(new AuditEvent(UUID.randomUUID(), clock.instant(), actor, partnerId, action, subjectType,
				subjectId, reason, null));
	}

	/**
	 * Appends one event per subject, in one batched insert (batch issuance).
	 * @param actor {@code admin} or the acting partner's slug
	 * @param partnerId the partner whose data it concerns
	 * @param action what happened
	 * @param subjectType what it happened to
	 * @param subjectIds which ones
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAll(String actor, @Nullable UUID partnerId, AuditAction action, String subjectType,
			List<String> subjectIds) {
		java.time.Instant now = clock.instant();
		jdbc.insertAll(subjectIds.stream()
			.map(subjectId -> new AuditEvent(UUID.randomUUID(), now, actor, partnerId, action, subjectType, subjectId,
					null, null))
			.toList());
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> forPartner(UUID partnerId, int page, int size) {
		return events.findByPartnerIdOrderByOccurredAtDesc(partnerId, PageRequest.of(page, size));
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> all(int page, int size) {
		return events.findAllByOrderByOccurredAtDesc(PageRequest.of(page, size));
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> forSubject(String subjectId) {
		return events.findBySubjectIdOrderByOccurredAt(subjectId);
	}

}
