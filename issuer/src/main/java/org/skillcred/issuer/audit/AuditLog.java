package org.skillcred.issuer.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
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

	private final Clock clock;

	/** Plain inserts: entries are only ever appended, and issuance appends one per credential. */
	private final JdbcTemplate jdbcTemplate;

	AuditLog(AuditEventRepository events, JdbcTemplate jdbcTemplate, Clock clock) {
		this.jdbcTemplate = jdbcTemplate;
		this.events = events;
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
		jdbcTemplate.update("insert into audit_event (id, occurred_at, actor, partner_id, action, subject_type, "
				+ "subject_id, reason) values (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(),
				java.sql.Timestamp.from(clock.instant()), actor, partnerId, action.name(), subjectType, subjectId, reason);
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
		java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
		// one JDBC batch: thousands of entries a second would spend more on per-entity mapping
		jdbcTemplate.batchUpdate("insert into audit_event (id, occurred_at, actor, partner_id, action, subject_type, "
				+ "subject_id) values (?, ?, ?, ?, ?, ?, ?)", subjectIds.stream()
			.map(subjectId -> new Object[] { UUID.randomUUID(), now, actor, partnerId, action.name(), subjectType,
					subjectId })
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
