package org.skillcred.issuer.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of the audit log. Immutable: entries are inserted, never changed or removed.
 *
 * @param id the entry id
 * @param occurredAt when
 * @param actor who: {@code admin} or the partner's slug
 * @param partnerId whose data it concerns, so each partner sees its own events
 * @param action what
 * @param subjectType the kind of thing acted on
 * @param subjectId which one
 * @param reason why, as given by the actor
 * @param details more, free text without personal data
 */
@Table("audit_event")
public record AuditEvent(@Id UUID id, Instant occurredAt, String actor, @Nullable UUID partnerId, AuditAction action,
		String subjectType, String subjectId, @Nullable String reason, @Nullable String details) {

	@PersistenceCreator
	public AuditEvent {
	}

}
