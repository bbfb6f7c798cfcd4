package org.skillcred.issuer.credential;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.IssuerProfile;
import org.skillcred.issuer.achievement.Achievement;
import org.skillcred.issuer.achievement.AchievementCatalog;
import org.skillcred.issuer.audit.AuditAction;
import org.skillcred.issuer.audit.AuditLog;
import org.skillcred.issuer.certificate.CertificateTemplate;
import org.skillcred.issuer.partner.PartnerManagement;
import org.skillcred.issuer.status.StatusIndexAllocator;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues many credentials in the caller's transaction with a handful of statements: one query for
 * recipients who already hold their credential, one batched claim of status indexes, one batched
 * insert of the credentials and one of their audit entries. Each credential is signed and
 * self-checked exactly as {@link CredentialIssuance} does for one.
 * <p>
 * A recipient is identified by the partner's recipient key (unique per partner in the database):
 * a key that already has a credential yields that credential again, never a second one.
 */
@Service
public class BulkIssuance {

	private final CredentialIssuance issuance;

	private final CredentialRecordRepository records;

	private final AchievementCatalog achievements;

	private final PartnerManagement partners;

	private final StatusIndexAllocator allocator;

	private final AuditLog audit;

	private final JdbcAggregateOperations jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BulkIssuance(CredentialIssuance issuance, CredentialRecordRepository records, AchievementCatalog achievements,
			PartnerManagement partners, StatusIndexAllocator allocator, AuditLog audit, JdbcAggregateOperations jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.issuance = issuance;
		this.records = records;
		this.achievements = achievements;
		this.partners = partners;
		this.allocator = allocator;
		this.audit = audit;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * One credential to issue.
	 *
	 * @param recipientKey the partner's key for this learner and achievement
	 * @param command what to issue
	 */
	public record Recipient(String recipientKey, CredentialIssuance.IssueCommand command) {
	}

	/** What became of a recipient. */
	public enum Kind {

		/** A new credential was issued. */
		ISSUED,
		/** The recipient key already had a credential; that one is returned. */
		ALREADY_ISSUED,
		/** Nothing was issued; see the error. */
		FAILED

	}

	/**
	 * The outcome for one recipient.
	 *
	 * @param kind what happened
	 * @param credentialId the credential issued now or before, or null
	 * @param learnerToken its private learner link token, or null
	 * @param errorCode the problem code when it failed
	 * @param errorDetail why it failed
	 */
	public record Outcome(Kind kind, @Nullable UUID credentialId, @Nullable String learnerToken,
			@Nullable String errorCode, @Nullable String errorDetail) {

		static Outcome failed(IssuerException ex) {
			return new Outcome(Kind.FAILED, null, null, ex.code().name(), ex.getMessage());
		}

	}

	/**
	 * Issues credentials for recipients of one partner, in the caller's transaction: if it rolls
	 * back, nothing was issued and every claimed index is released with it.
	 * @param caller the partner
	 * @param recipients who gets what; recipient keys must be distinct
	 * @return one outcome per recipient, in the same order
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Outcome> issueAll(PartnerPrincipal caller, List<Recipient> recipients) {
		UUID partnerId = caller.requirePartnerId();
		IssuerProfile issuerProfile = partners.issuerFor(partners.get(partnerId));
		Map<String, CredentialRecord> existing = new HashMap<>();
		List<String> keys = recipients.stream().map(Recipient::recipientKey).toList();
		for (int from = 0; from < keys.size(); from += 1000) {
			records.findByPartnerIdAndRecipientKeyIn(partnerId, keys.subList(from, Math.min(keys.size(), from + 1000)))
				.forEach(record -> existing.put(record.recipientKey(), record));
		}
		Instant now = clock.instant();
		Outcome[] outcomes = new Outcome[recipients.size()];
		Map<Integer, CredentialIssuance.Signing> toSign = new LinkedHashMap<>();
		Map<String, Achievement> resolved = new HashMap<>();
		for (int i = 0; i < recipients.size(); i++) {
			Recipient recipient = recipients.get(i);
			CredentialRecord earlier = existing.get(recipient.recipientKey());
			if (earlier != null) {
				outcomes[i] = new Outcome(Kind.ALREADY_ISSUED, earlier.id(), earlier.learnerToken(), null, null);
				continue;
			}
			try {
				Achievement achievement = resolved.computeIfAbsent(recipient.command().achievement(),
						idOrSlug -> achievements.resolve(partnerId, idOrSlug));
				CertificateTemplate template = issuance.requirePrintable(achievement,
						recipient.command().recipientName());
				// a row validated when the file came may have run out of time since (a batch resumed late)
				CredentialIssuance.validUntil(recipient.command(), achievement, now);
				toSign.put(i, new CredentialIssuance.Signing(partnerId, issuerProfile, achievement, template,
						recipient.command(), UUID.randomUUID(), null, null, null, null, recipient.recipientKey()));
			}
			catch (IssuerException ex) {
				outcomes[i] = Outcome.failed(ex);
			}
		}
		List<UUID> ids = toSign.values().stream().map(CredentialIssuance.Signing::id).toList();
		List<StatusIndexAllocator.Allocation> slots = ids.isEmpty() ? List.of()
				: allocator.allocateAll(issuerProfile.id(), ids);
		List<CredentialRecord> signed = new ArrayList<>(ids.size());
		int slot = 0;
		for (Map.Entry<Integer, CredentialIssuance.Signing> entry : toSign.entrySet()) {
			CredentialIssuance.Signing signing = entry.getValue();
			CredentialRecord record = issuance.sign(new CredentialIssuance.Signing(signing.partnerId(),
					signing.issuerProfile(), signing.achievement(), signing.template(), signing.command(), signing.id(),
					slots.get(slot++), null, null, null, signing.recipientKey()));
			signed.add(record);
			outcomes[entry.getKey()] = new Outcome(Kind.ISSUED, record.id(), record.learnerToken(), null, null);
		}
		if (!signed.isEmpty()) {
			jdbc.insertAll(signed);
			audit.recordAll(caller.getName(), partnerId, AuditAction.CREDENTIAL_ISSUED, "credential",
					ids.stream().map(UUID::toString).toList());
			ids.forEach(id -> events.publishEvent(new CredentialIssued(id)));
		}
		return List.of(outcomes);
	}

}
