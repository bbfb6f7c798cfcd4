package org.skillcred.issuer.batch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.skillcred.issuer.credential.BulkIssuance;
import org.skillcred.issuer.credential.CredentialIssuance;
import org.skillcred.issuer.partner.PartnerManagement;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues one chunk of a batch in one transaction: claim pending rows (skipping rows another
 * instance holds), issue their credentials, record each row's outcome and add to the batch's
 * counts. If the process dies before the commit, the whole chunk rolls back, claimed status
 * indexes included, and the rows are pending again for whichever worker comes next.
 */
@Component
class BatchChunks {

	private final BatchStore store;

	private final BulkIssuance issuance;

	private final PartnerManagement partners;

	private final BatchProperties properties;

	private final BatchMetrics metrics;

	private final TransactionTemplate transactions;

	private final Clock clock;

	BatchChunks(BatchStore store, BulkIssuance issuance, PartnerManagement partners, BatchProperties properties,
			BatchMetrics metrics, PlatformTransactionManager transactionManager, Clock clock) {
		this.store = store;
		this.issuance = issuance;
		this.partners = partners;
		this.properties = properties;
		this.metrics = metrics;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Issues the next chunk of a batch.
	 * @param batch the batch
	 * @return how many rows were worked through; 0 when no pending row was free
	 */
	int issueNext(Batch batch) {
		Integer done = transactions.execute(tx -> {
			List<BatchStore.PendingRow> rows = store.claim(batch.id(), properties.chunkSize());
			if (rows.isEmpty()) {
				return 0;
			}
			PartnerPrincipal caller = PartnerPrincipal.partner(batch.partnerId(),
					partners.get(batch.partnerId()).slug());
			List<BulkIssuance.Recipient> recipients = rows.stream()
				.map(row -> new BulkIssuance.Recipient(row.recipientKey(),
						new CredentialIssuance.IssueCommand(row.achievement(), row.name(), row.email(), null,
								row.validUntil(), row.language())))
				.toList();
			List<BulkIssuance.Outcome> outcomes = issuance.issueAll(caller, recipients);
			List<BatchStore.RowOutcome> finished = new ArrayList<>(rows.size());
			int issued = 0;
			int already = 0;
			int failed = 0;
			for (int i = 0; i < rows.size(); i++) {
				BulkIssuance.Outcome outcome = outcomes.get(i);
				RowState state = switch (outcome.kind()) {
					case ISSUED -> RowState.ISSUED;
					case ALREADY_ISSUED -> RowState.ALREADY_ISSUED;
					case FAILED -> RowState.FAILED;
				};
				issued += (state == RowState.ISSUED) ? 1 : 0;
				already += (state == RowState.ALREADY_ISSUED) ? 1 : 0;
				failed += (state == RowState.FAILED) ? 1 : 0;
				finished.add(new BatchStore.RowOutcome(rows.get(i).line(), state, outcome.credentialId(),
						outcome.errorCode(), outcome.errorDetail()));
			}
			store.finish(batch.id(), finished);
			store.count(batch.id(), issued, already, failed, clock.instant());
			int counted = issued;
			int alreadyCounted = already;
			int failedCounted = failed;
			TransactionSynchronizationManager
				.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						metrics.rows(counted, alreadyCounted, failedCounted);
					}
				});
			return rows.size();
		});
		return (done != null) ? done : 0;
	}

	/**
	 * Marks the batch completed if nothing is left.
	 * @param batch the batch
	 */
	void completeIfDone(Batch batch) {
		if (store.completeIfDone(batch.id(), clock.instant())) {
			metrics.completed();
		}
	}

}
