package org.skillcred.issuer.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A batch and its counts.
 *
 * @param id the batch id
 * @param partnerId the partner that uploaded it; nobody else sees it
 * @param state where it stands
 * @param allOrNothing whether it was accepted only because every row was valid
 * @param format {@code csv} or {@code json}
 * @param total rows in the file
 * @param issued rows for which a credential was issued
 * @param alreadyIssued rows whose recipient already held the credential
 * @param failed rows rejected, with their reasons in the results
 * @param createdAt when it was uploaded
 * @param firstIssuedAt when its first rows were issued, or null
 * @param finishedAt when its last row was done, or null
 */
public record Batch(UUID id, UUID partnerId, BatchState state, boolean allOrNothing, String format, int total,
		int issued, int alreadyIssued, int failed, Instant createdAt, @Nullable Instant firstIssuedAt,
		@Nullable Instant finishedAt) {

	/** Rows not yet worked through. */
	public int remaining() {
		return total - issued - alreadyIssued - failed;
	}

	/**
	 * Rows worked through per second since the batch was uploaded (until it finished).
	 * @param now the current time
	 * @return the rate, 0 before any row is done
	 */
	public double rowsPerSecond(Instant now) {
		Instant end = (finishedAt != null) ? finishedAt : now;
		double seconds = Duration.between(createdAt, end).toMillis() / 1000.0;
		int done = total - remaining();
		return (seconds > 0 && done > 0) ? done / seconds : 0;
	}

	/**
	 * Estimated time until the last row is done, at the rate so far.
	 * @param now the current time
	 * @return the estimate, null while there is no rate yet; zero once finished
	 */
	public @Nullable Duration estimatedTimeLeft(Instant now) {
		if (state == BatchState.COMPLETED) {
			return Duration.ZERO;
		}
		double rate = rowsPerSecond(now);
		return (rate > 0) ? Duration.ofMillis((long) (remaining() / rate * 1000)) : null;
	}

}
