package org.skillcred.issuer.credential;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.skillcred.issuer.audit.AuditAction;
import org.skillcred.issuer.audit.AuditLog;
import org.skillcred.issuer.status.StatusLists;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Revokes, suspends and reinstates credentials, for the partner that issued them or the
 * administrator.
 * <p>
 * Each change is one transaction over the credential record (its state, which is its status list
 * bit), the list's revision and the audit entry. Concurrent changes to one credential are
 * serialised by its version: the loser re-reads and re-applies its change to the new state, so no
 * update is lost and an illegal transition (suspending a credential revoked meanwhile) is refused.
 * Repeating a change is harmless: it changes and logs nothing.
 */
@Service
public class CredentialLifecycle {

	private static final int ATTEMPTS = 5;

	private final CredentialRecordRepository records;

	private final StatusLists statusLists;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final CredentialMetrics metrics;

	CredentialLifecycle(CredentialRecordRepository records, StatusLists statusLists, AuditLog audit,
			PlatformTransactionManager transactionManager, CredentialMetrics metrics, Clock clock) {
		this.metrics = metrics;
		this.records = records;
		this.statusLists = statusLists;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** A state change. */
	public enum Change {

		REVOKE(AuditAction.CREDENTIAL_REVOKED), SUSPEND(AuditAction.CREDENTIAL_SUSPENDED),
		REINSTATE(AuditAction.CREDENTIAL_REINSTATED);

		private final AuditAction action;

		Change(AuditAction action) {
			this.action = action;
		}

	}

	public CredentialRecord apply(PartnerPrincipal caller, UUID id, Change change, @Nullable String reason) {
		for (int attempt = 1;; attempt++) {
			try {
				return Objects.requireNonNull(transactions.execute(tx -> applyOnce(caller, id, change, reason)));
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private CredentialRecord applyOnce(PartnerPrincipal caller, UUID id, Change change, @Nullable String reason) {
		CredentialRecord record = records.findById(id)
			.filter(r -> caller.mayActFor(r.partnerId()))
			.orElseThrow(() -> IssuerException.notFound("Credential " + id));
		boolean changed = switch (change) {
			case REVOKE -> record.revoke(reason, clock.instant());
			case SUSPEND -> record.suspend(reason, clock.instant());
			case REINSTATE -> record.reinstate(reason, clock.instant());
		};
		if (!changed) {
			return record;
		}
		CredentialRecord saved = records.save(record);
		statusLists.markChanged(Objects.requireNonNull(record.statusListId()));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				metrics.changed(change);
			}
		});
		audit.record(caller.getName(), record.partnerId(), change.action, "credential", id.toString(), reason);
		return saved;
	}

}
