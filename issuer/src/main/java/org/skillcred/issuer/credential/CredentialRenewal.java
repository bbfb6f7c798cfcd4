package org.skillcred.issuer.credential;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.skillcred.issuer.achievement.Achievement;
import org.skillcred.issuer.achievement.AchievementCatalog;
import org.skillcred.issuer.audit.AuditAction;
import org.skillcred.issuer.audit.AuditLog;
import org.skillcred.issuer.partner.PartnerManagement;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renews a credential: issues a new one for the same learner and achievement, linked to the
 * previous one, and either revokes the previous one or lets it run out. One transaction.
 */
@Service
public class CredentialRenewal {

	private final CredentialRecordRepository records;

	private final CredentialIssuance issuance;

	private final CredentialLifecycle lifecycle;

	private final AchievementCatalog achievements;

	private final PartnerManagement partners;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	CredentialRenewal(CredentialRecordRepository records, CredentialIssuance issuance, CredentialLifecycle lifecycle,
			AchievementCatalog achievements, PartnerManagement partners, AuditLog audit,
			PlatformTransactionManager transactionManager) {
		this.records = records;
		this.issuance = issuance;
		this.lifecycle = lifecycle;
		this.achievements = achievements;
		this.partners = partners;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Renews a credential.
	 * @param caller its partner or the administrator
	 * @param id the credential to renew
	 * @param validUntil end of the new validity, or null for the achievement's default
	 * @param revokePrevious revoke the previous credential now, instead of letting it expire
	 * @return the new credential
	 */
	public CredentialRecord renew(PartnerPrincipal caller, UUID id, @Nullable Instant validUntil,
			boolean revokePrevious) {
		return Objects.requireNonNull(transactions.execute(tx -> {
			CredentialRecord previous = records.findById(id)
				.filter(r -> caller.mayActFor(r.partnerId()))
				.orElseThrow(() -> IssuerException.notFound("Credential " + id));
			if (previous.state() == CredentialState.REVOKED) {
				throw new IssuerException(ProblemCode.CREDENTIAL_REVOKED, "A revoked credential cannot be renewed.");
			}
			if (previous.achievementId() == null) {
				throw new IssuerException(ProblemCode.CONFLICT,
						"Only credentials issued for one of your achievements can be renewed.");
			}
			Achievement achievement = achievements.resolve(previous.partnerId(), previous.achievementId().toString());
			CredentialIssuance.IssueCommand command = new CredentialIssuance.IssueCommand(achievement.id().toString(),
					previous.recipientName(), previous.recipientEmail(), previous.subjectId(), validUntil,
					previous.language());
			CredentialRecord renewed = issuance.issueInTransaction(caller, previous.partnerId(),
					partners.issuerFor(partners.get(previous.partnerId())), achievement, command, null, null,
					previous.id());
			audit.record(caller.getName(), previous.partnerId(), AuditAction.CREDENTIAL_RENEWED, "credential",
					previous.id().toString(), "renewed by " + renewed.id());
			if (revokePrevious) {
				lifecycle.apply(caller, previous.id(), CredentialLifecycle.Change.REVOKE,
						"Superseded by renewal " + renewed.id());
			}
			return renewed;
		}));
	}

}
