package org.skillcred.issuer.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Batches and their rows in the database. Plain SQL, because the work is set-based: rows are
 * inserted and updated in JDBC batches, claimed with {@code FOR UPDATE SKIP LOCKED} and counted
 * with atomic increments, so any number of instances can share a batch without lost updates.
 */
@Repository
class BatchStore {

	private static final String BATCH_COLUMNS = "id, partner_id, state, all_or_nothing, source_format, total, issued, "
			+ "already_issued, failed, created_at, first_issued_at, finished_at";

	private static final RowMapper<Batch> BATCH = (rs, n) -> new Batch(rs.getObject("id", UUID.class),
			rs.getObject("partner_id", UUID.class), BatchState.valueOf(rs.getString("state")),
			rs.getBoolean("all_or_nothing"), rs.getString("source_format"), rs.getInt("total"), rs.getInt("issued"),
			rs.getInt("already_issued"), rs.getInt("failed"), instant(rs, "created_at"),
			optionalInstant(rs, "first_issued_at"), optionalInstant(rs, "finished_at"));

	private final JdbcTemplate jdbc;

	BatchStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a batch with all its rows, in the caller's transaction. */
	void create(Batch batch, String createdBy, List<BatchValidation.ValidatedRow> rows) {
		jdbc.update("insert into batch (id, partner_id, state, all_or_nothing, source_format, total, issued, "
				+ "already_issued, failed, created_by, created_at) values (?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)",
				batch.id(), batch.partnerId(), batch.state().name(), batch.allOrNothing(), batch.format(),
				batch.total(), batch.failed(), createdBy, Timestamp.from(batch.createdAt()));
		List<Object[]> values = new ArrayList<>(Math.min(rows.size(), 1000));
		for (BatchValidation.ValidatedRow validated : rows) {
			CohortRow row = validated.row();
			values.add(new Object[] { batch.id(), row.line(),
					validated.failed() ? RowState.FAILED.name() : RowState.PENDING.name(),
					truncate(row.externalId(), 200), truncate(row.name(), 500), truncate(row.email(), 320),
					truncate(row.achievementId(), 100), truncate(row.language(), 8),
					(validated.validUntil() != null) ? Timestamp.from(validated.validUntil()) : null,
					validated.recipientKey(), validated.errorCode(), truncate(validated.errorDetail(), 500) });
			if (values.size() == 1000) {
				insertRows(values);
				values.clear();
			}
		}
		if (!values.isEmpty()) {
			insertRows(values);
		}
	}

	private void insertRows(List<Object[]> values) {
		jdbc.batchUpdate("insert into batch_row (batch_id, line, state, external_id, recipient_name, recipient_email, "
				+ "achievement, language, valid_until, recipient_key, error_code, error_detail) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
	}

	Optional<Batch> find(UUID id) {
		return jdbc.query("select " + BATCH_COLUMNS + " from batch where id = ?", BATCH, id).stream().findFirst();
	}

	List<Batch> forPartner(UUID partnerId, int limit) {
		return jdbc.query("select " + BATCH_COLUMNS + " from batch where partner_id = ? order by created_at desc "
				+ "limit ?", BATCH, partnerId, limit);
	}

	/** Batches with rows left to issue, oldest first. */
	List<Batch> running() {
		return jdbc.query("select " + BATCH_COLUMNS + " from batch where state = ? order by created_at", BATCH,
				BatchState.RUNNING.name());
	}

	/**
	 * Locks up to {@code limit} pending rows of a batch for the caller's transaction, skipping rows
	 * another transaction holds: instances never work on the same row, and a crashed instance's
	 * rows are free again as soon as its connection is gone.
	 */
	List<PendingRow> claim(UUID batchId, int limit) {
		return jdbc.query("select line, external_id, recipient_name, recipient_email, achievement, language, "
				+ "valid_until, recipient_key from batch_row where batch_id = ? and state = ? order by line "
				+ "limit ? for update skip locked",
				(rs, n) -> new PendingRow(rs.getInt("line"), rs.getString("external_id"),
						rs.getString("recipient_name"), rs.getString("recipient_email"), rs.getString("achievement"),
						rs.getString("language"), optionalInstant(rs, "valid_until"), rs.getString("recipient_key")),
				batchId, RowState.PENDING.name(), limit);
	}

	/** Writes what became of claimed rows. */
	void finish(UUID batchId, List<RowOutcome> outcomes) {
		List<Object[]> values = outcomes.stream()
			.map(outcome -> new Object[] { outcome.state().name(), outcome.credentialId(), outcome.errorCode(),
					truncate(outcome.errorDetail(), 500), batchId, outcome.line() })
			.toList();
		jdbc.batchUpdate("update batch_row set state = ?, credential_id = ?, error_code = ?, error_detail = ? "
				+ "where batch_id = ? and line = ?", values);
	}

	/** Adds to the batch's counts atomically: concurrent chunks never overwrite each other. */
	void count(UUID batchId, int issued, int alreadyIssued, int failed, Instant now) {
		jdbc.update("update batch set issued = issued + ?, already_issued = already_issued + ?, failed = failed + ?, "
				+ "first_issued_at = coalesce(first_issued_at, ?) where id = ?", issued, alreadyIssued, failed,
				Timestamp.from(now), batchId);
	}

	/**
	 * Marks a batch completed once no row is pending (rows a worker holds are still pending).
	 * @return whether this call completed it
	 */
	boolean completeIfDone(UUID batchId, Instant now) {
		return jdbc.update("update batch set state = ?, finished_at = ? where id = ? and state = ? and not exists "
				+ "(select 1 from batch_row where batch_id = ? and state = ?)", BatchState.COMPLETED.name(),
				Timestamp.from(now), batchId, BatchState.RUNNING.name(), batchId, RowState.PENDING.name()) == 1;
	}

	/**
	 * One page of a batch's rows in line order, with each credential's learner token: the results
	 * file is written page by page, so no connection stays checked out while a slow client
	 * downloads, and no whole result is held in memory.
	 * @param batchId the batch
	 * @param afterLine the last line of the previous page, 0 for the first
	 * @param size the most rows
	 * @return the rows, empty after the last page
	 */
	List<ResultRow> results(UUID batchId, int afterLine, int size) {
		return jdbc.query("select r.line, r.external_id, r.recipient_email, r.state, r.credential_id, c.learner_token, "
				+ "r.error_code, r.error_detail from batch_row r left join credential c on c.id = r.credential_id "
				+ "where r.batch_id = ? and r.line > ? order by r.line limit ?",
				(rs, n) -> new ResultRow(rs.getInt("line"), rs.getString("external_id"), rs.getString("recipient_email"),
						RowState.valueOf(rs.getString("state")), rs.getObject("credential_id", UUID.class),
						rs.getString("learner_token"), rs.getString("error_code"), rs.getString("error_detail")),
				batchId, afterLine, size);
	}

	/** A row of the results file. */
	record ResultRow(int line, @Nullable String externalId, @Nullable String email, RowState state,
			@Nullable UUID credentialId, @Nullable String learnerToken, @Nullable String errorCode,
			@Nullable String errorDetail) {
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant optionalInstant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static @Nullable String truncate(@Nullable String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

	/** A row claimed for issuing. */
	record PendingRow(int line, @Nullable String externalId, String name, @Nullable String email, String achievement,
			@Nullable String language, @Nullable Instant validUntil, String recipientKey) {
	}

	/** What became of a row. */
	record RowOutcome(int line, RowState state, @Nullable UUID credentialId, @Nullable String errorCode,
			@Nullable String errorDetail) {
	}

}
