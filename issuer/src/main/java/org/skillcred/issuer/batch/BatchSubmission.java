package org.skillcred.issuer.batch;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.skillcred.issuer.audit.AuditAction;
import org.skillcred.issuer.audit.AuditLog;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts a cohort file: reads it, checks every row, and stores the batch with all its rows in one
 * transaction, so an upload either is there whole or not at all. Issuing happens afterwards, in the
 * background ({@link BatchWorkers}). In all-or-nothing mode a file with any bad row is refused
 * whole, with every row's reason, and nothing is stored.
 */
@Service
public class BatchSubmission {

	/** The most row errors a refusal lists; the count says how many there were. */
	static final int MAX_LISTED_ERRORS = 1000;

	private final BatchValidation validation;

	private final BatchStore store;

	private final BatchProperties properties;

	private final AuditLog audit;

	private final BatchWorkers workers;

	private final BatchMetrics metrics;

	private final TransactionTemplate transactions;

	/**
	 * Files being read at once on this instance: each can hold a large upload and its rows in
	 * memory, and validation uses every core.
	 */
	private final Semaphore reading;

	private final Clock clock;

	BatchSubmission(BatchValidation validation, BatchStore store, BatchProperties properties, AuditLog audit,
			BatchWorkers workers, BatchMetrics metrics, PlatformTransactionManager transactionManager, Clock clock) {
		this.metrics = metrics;
		this.validation = validation;
		this.store = store;
		this.properties = properties;
		this.audit = audit;
		this.workers = workers;
		this.transactions = new TransactionTemplate(transactionManager);
		this.reading = new Semaphore(properties.concurrentUploads());
		this.clock = clock;
	}

	/** The file formats accepted. */
	public enum Format {

		CSV, JSON

	}

	/**
	 * Stores a batch for the caller.
	 * @param caller the partner
	 * @param body the uploaded file
	 * @param format its format
	 * @param allOrNothing refuse the whole file if any row is invalid
	 * @return the stored batch
	 * @throws IssuerException for an unreadable file, or in all-or-nothing mode for any bad row
	 */
	public Batch submit(PartnerPrincipal caller, byte[] body, Format format, boolean allOrNothing) {
		UUID partnerId = caller.requirePartnerId();
		boolean admitted;
		try {
			admitted = reading.tryAcquire(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			throw new IssuerException(ProblemCode.SERVICE_UNAVAILABLE,
					"Other cohort files are being read right now; upload this one again in a minute.");
		}
		try {
			return submitAdmitted(caller, partnerId, body, format, allOrNothing);
		}
		finally {
			reading.release();
		}
	}

	private Batch submitAdmitted(PartnerPrincipal caller, UUID partnerId, byte[] body, Format format,
			boolean allOrNothing) {
		List<CohortRow> rows = (format == Format.CSV) ? CohortFiles.csv(body, properties.maxRows())
				: CohortFiles.json(body, properties.maxRows());
		List<BatchValidation.ValidatedRow> validated = validation.validate(partnerId, rows);
		List<BatchValidation.ValidatedRow> failed = validated.stream().filter(BatchValidation.ValidatedRow::failed).toList();
		if (allOrNothing && !failed.isEmpty()) {
			throw new IssuerException(ProblemCode.BATCH_REJECTED, failed.size() + " of " + rows.size()
					+ " rows are invalid, so nothing was issued (all-or-nothing). Fix them and upload the file again.")
				.with("invalidRows", failed.size())
				.with("errors", failed.stream().limit(MAX_LISTED_ERRORS).map(BatchSubmission::error).toList());
		}
		Batch batch = new Batch(UUID.randomUUID(), partnerId, BatchState.RUNNING, allOrNothing,
				format.name().toLowerCase(Locale.ROOT), rows.size(), 0, 0, failed.size(), clock.instant(),
				null, null);
		transactions.executeWithoutResult(tx -> {
			store.create(batch, caller.getName(), validated);
			store.completeIfDone(batch.id(), clock.instant());
			audit.record(caller.getName(), partnerId, AuditAction.BATCH_SUBMITTED, "batch", batch.id().toString(),
					rows.size() + " rows, " + failed.size() + " invalid");
		});
		metrics.submitted();
		workers.wakeUp();
		return store.find(batch.id()).orElseThrow();
	}

	private static Map<String, Object> error(BatchValidation.ValidatedRow row) {
		return Map.of("line", row.row().line(), "code", row.errorCode(), "detail", row.errorDetail());
	}

}
