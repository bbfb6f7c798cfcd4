package org.skillcred.issuer.credential;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.IssuerProfile;
import org.skillcred.issuer.achievement.Achievement;
import org.skillcred.issuer.achievement.AchievementCatalog;
import org.skillcred.issuer.audit.AuditAction;
import org.skillcred.issuer.audit.AuditLog;
import org.skillcred.issuer.certificate.CertificateTemplate;
import org.skillcred.issuer.partner.Partner;
import org.skillcred.issuer.partner.PartnerManagement;
import org.skillcred.issuer.status.StatusIndexAllocator;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
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

	private final AchievementCatalog achievements;

	private final PartnerManagement partners;

	private final StatusIndexAllocator allocator;

	private final AuditLog audit;

	private final CredentialInserts inserts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JdbcTemplate jdbcTemplate;


	BulkIssuance(CredentialIssuance issuance, AchievementCatalog achievements,
			PartnerManagement partners, StatusIndexAllocator allocator, AuditLog audit, CredentialInserts inserts,
			ApplicationEventPublisher events, JdbcTemplate jdbcTemplate, Clock clock) {
		this.clock = clock;
		this.jdbcTemplate = jdbcTemplate;
		this.issuance = issuance;
		this.achievements = achievements;
		this.partners = partners;
		this.allocator = allocator;
		this.audit = audit;
		this.inserts = inserts;
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
		Partner partner = partners.get(partnerId);
		if (!partner.isActive()) {
			// a partner disabled while its batch ran issues nothing more
			Outcome disabled = Outcome.failed(new IssuerException(ProblemCode.PARTNER_DISABLED,
					"The partner was disabled; nothing more is issued in its name."));
			return recipients.stream().map(recipient -> disabled).toList();
		}
		IssuerProfile issuerProfile = partners.issuerFor(partner);
		Map<String, Earlier> existing = earlier(partnerId, recipients);
		Instant now = clock.instant();
		Outcome[] outcomes = new Outcome[recipients.size()];
		Map<Integer, CredentialIssuance.Signing> toSign = new LinkedHashMap<>();
		Map<String, Achievement> resolved = new HashMap<>();
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < recipients.size(); i++) {
			Recipient recipient = recipients.get(i);
			Earlier earlier = existing.get(recipient.recipientKey());
			if (earlier != null) {
				outcomes[i] = new Outcome(Kind.ALREADY_ISSUED, earlier.id(), earlier.learnerToken(), null, null);
				continue;
			}
			if (!keys.add(recipient.recipientKey())) {
				// the unique key would refuse the second insert and with it the whole chunk
				outcomes[i] = Outcome.failed(new IssuerException(ProblemCode.DUPLICATE_RECIPIENT,
						"The same recipient and achievement appear twice."));
				continue;
			}
			try {
				Achievement achievement = resolved.computeIfAbsent(recipient.command().achievement(),
						idOrSlug -> achievements.resolve(partnerId, idOrSlug));
				// checked when the file came, and again now: a batch resumed late may have run out of
				// validity, or meet a template changed since
				CertificateTemplate template = issuance.requireIssuable(achievement, issuerProfile, recipient.command(),
						now);
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
			try {
				CredentialRecord record = issuance.sign(new CredentialIssuance.Signing(signing.partnerId(),
						signing.issuerProfile(), signing.achievement(), signing.template(), signing.command(),
						signing.id(), slots.get(slot++), null, null, null, signing.recipientKey()));
				signed.add(record);
				outcomes[entry.getKey()] = new Outcome(Kind.ISSUED, record.id(), record.learnerToken(), null, null);
			}
			catch (IllegalStateException ex) {
				// the self-check refused what was signed: a defect, never issued; its claimed index
				// stays unused, which is allowed (indexes are never reused, not necessarily all used)
				outcomes[entry.getKey()] = new Outcome(Kind.FAILED, null, null, ProblemCode.INTERNAL_ERROR.name(),
						"The credential failed the issuer's own check and was not issued.");
			}
		}
		ids = signed.stream().map(CredentialRecord::id).toList();
		if (!signed.isEmpty()) {
			inserts.insertAll(signed);
			audit.recordAll(caller.getName(), partnerId, AuditAction.CREDENTIAL_ISSUED, "credential",
					ids.stream().map(UUID::toString).toList());
			ids.forEach(id -> events.publishEvent(new CredentialIssued(id)));
		}
		return List.of(outcomes);
	}

	/** A credential a recipient key already has. */
	private record Earlier(UUID id, @Nullable String learnerToken) {
	}

	/**
	 * Credentials the recipients already hold, in one query by the unique recipient key alone (the
	 * keys as one array parameter): a query that also named the partner could be planned, while the
	 * table's statistics still describe it as small, as a walk through all the partner's rows.
	 */
	private Map<String, Earlier> earlier(UUID partnerId, List<Recipient> recipients) {
		Map<String, Earlier> existing = new HashMap<>();
		Object[] keys = recipients.stream().map(Recipient::recipientKey).toArray();
		jdbcTemplate.query(connection -> {
			PreparedStatement statement = connection.prepareStatement(
					"select recipient_key, id, learner_token, partner_id from credential where recipient_key = any(?)");
			statement.setArray(1, connection.createArrayOf("varchar", keys));
			return statement;
		}, (ResultSet rs) -> {
			// keys hash the partner's own achievement, so another partner's key cannot match
			if (partnerId.equals(rs.getObject(4, UUID.class))) {
				existing.put(rs.getString(1), new Earlier(rs.getObject(2, UUID.class), rs.getString(3)));
			}
		});
		return existing;
	}

}
