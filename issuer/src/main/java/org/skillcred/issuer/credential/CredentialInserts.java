package org.skillcred.issuer.credential;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts many new credentials as one JDBC batch (a multi-row insert with the PostgreSQL
 * driver's {@code reWriteBatchedInserts}). Batch issuance writes thousands of credentials a
 * second, and the aggregate template's per-entity mapping cost more CPU than the insert itself.
 * Columns must follow {@link CredentialRecord}; the issuance tests read every column back.
 */
@Component
class CredentialInserts {

	private static final String INSERT = "insert into credential (id, partner_id, achievement_id, issuer_id, "
			+ "recipient_name, recipient_email, subject_id, language, jwt_profile, valid_from, valid_until, issued_at, "
			+ "state, kid, template_key, template_version, compact_jwt, idempotency_key, request_hash, status_list_id, "
			+ "status_index, state_changed_at, state_reason, previous_credential_id, learner_token, recipient_key, "
			+ "version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

	private final JdbcTemplate jdbc;

	CredentialInserts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insertAll(List<CredentialRecord> records) {
		jdbc.batchUpdate(INSERT, records.stream()
			.map(r -> new Object[] { r.id(), r.partnerId(), r.achievementId(), r.issuerId(), r.recipientName(),
					r.recipientEmail(), r.subjectId(), r.language(), r.jwtProfile().name(), timestamp(r.validFrom()),
					timestamp(r.validUntil()), timestamp(r.issuedAt()), r.state().name(), r.kid(), r.templateKey(),
					r.templateVersion(), r.compactJwt(), r.idempotencyKey(), r.requestHash(), r.statusListId(),
					r.statusIndex(), timestamp(r.stateChangedAt()), r.stateReason(), r.previousCredentialId(),
					r.learnerToken(), r.recipientKey() })
			.toList());
		records.forEach(CredentialRecord::inserted);
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
