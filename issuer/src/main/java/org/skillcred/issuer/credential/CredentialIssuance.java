package org.skillcred.issuer.credential;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.AchievementSubject;
import org.skillcred.core.credential.IdentityObject;
import org.skillcred.core.credential.IssuerProfile;
import org.skillcred.core.credential.OpenBadgeCredential;
import org.skillcred.core.jose.CredentialSigner;
import org.skillcred.issuer.achievement.Achievement;
import org.skillcred.issuer.achievement.AchievementCatalog;
import org.skillcred.issuer.audit.AuditAction;
import org.skillcred.issuer.certificate.CertificateFonts;
import org.skillcred.issuer.certificate.CertificateTemplate;
import org.skillcred.issuer.certificate.TemplateCatalog;
import org.skillcred.issuer.audit.AuditLog;
import org.skillcred.issuer.partner.PartnerManagement;
import org.skillcred.issuer.signing.IssuerProperties;
import org.skillcred.issuer.signing.SigningKeyRegistry;
import org.skillcred.issuer.status.StatusIndexAllocator;
import org.skillcred.issuer.status.StatusListUrls;
import org.skillcred.issuer.system.Digests;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues a credential for one of a partner's achievements: claims a status list index, builds the
 * Open Badges 3.0 credential with its status entry (valid, revoked or suspended), signs it with the active
 * key in the achievement's JWT profile, checks it with the core verification engine, and stores it
 * with an audit entry, all in one transaction.
 * <p>
 * With an {@code Idempotency-Key}, a retry of the same request returns the first credential; the
 * same key with a different request is refused. A unique constraint on (partner, key) settles
 * concurrent retries, so no retry ever yields a second credential.
 */
@Service
public class CredentialIssuance {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Printable text without control characters; names in any script are welcome. */
	public static final String PRINTABLE_TEXT = "[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]*";

	/** The longest recipient name, in characters. */
	public static final int MAX_NAME_LENGTH = 200;

	private final AchievementCatalog achievements;

	private final SigningKeyRegistry keys;

	private final CredentialRecordRepository records;

	private final IssuerProperties issuer;

	private final SelfCheck selfCheck;

	private final StatusIndexAllocator allocator;

	private final StatusListUrls statusUrls;

	private final AuditLog audit;

	private final PartnerManagement partners;

	private final TemplateCatalog templates;

	private final CertificateFonts fonts;

	private final TransactionTemplate transactions;

	private final CertificateDownload certificates;

	private final CredentialInserts inserts;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final Clock clock;

	CredentialIssuance(AchievementCatalog achievements, SigningKeyRegistry keys, CredentialRecordRepository records,
			IssuerProperties issuer, SelfCheck selfCheck, StatusIndexAllocator allocator, StatusListUrls statusUrls,
			AuditLog audit, PartnerManagement partners, TemplateCatalog templates, CertificateFonts fonts,
			CertificateDownload certificates, CredentialInserts inserts, PlatformTransactionManager transactionManager,
			org.springframework.context.ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.templates = templates;
		this.fonts = fonts;
		this.certificates = certificates;
		this.inserts = inserts;
		this.achievements = achievements;
		this.keys = keys;
		this.records = records;
		this.issuer = issuer;
		this.selfCheck = selfCheck;
		this.allocator = allocator;
		this.statusUrls = statusUrls;
		this.audit = audit;
		this.partners = partners;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * What to issue.
	 *
	 * @param achievement the achievement's id or slug
	 * @param recipientName the learner's name
	 * @param recipientEmail the learner's e-mail (hashed into the credential), optional
	 * @param recipientId the learner's DID or URI, optional; a random {@code urn:uuid:} otherwise
	 * @param validUntil end of validity, optional; the achievement's default validity otherwise
	 * @param language certificate language, optional; the achievement's language otherwise
	 */
	public record IssueCommand(String achievement, String recipientName, @Nullable String recipientEmail,
			@Nullable String recipientId, @Nullable Instant validUntil, @Nullable String language) {

		String fingerprint() {
			return String.join("\u0000", achievement, recipientName, Objects.toString(recipientEmail, ""),
					Objects.toString(recipientId, ""), Objects.toString(validUntil, ""),
					Objects.toString(language, ""));
		}

	}

	/**
	 * The outcome of an issue request.
	 *
	 * @param record the credential
	 * @param replayed true when an earlier request with the same idempotency key issued it
	 */
	public record Result(CredentialRecord record, boolean replayed) {
	}

	/**
	 * Issues a credential for one of the caller's achievements.
	 * @param caller the partner
	 * @param command what to issue
	 * @param idempotencyKey the client's Idempotency-Key, or null
	 * @return the credential, and whether it was issued by an earlier request with the same key
	 */
	public Result issue(PartnerPrincipal caller, IssueCommand command, @Nullable String idempotencyKey) {
		UUID partnerId = caller.requirePartnerId();
		// no comma: two Idempotency-Key headers arrive joined by one, and which key was meant is unknown
		if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x2B\\x2D-\\x7E]{1,255}")) {
			throw new IssuerException(ProblemCode.MALFORMED_REQUEST,
					"Idempotency-Key must be one key of 1 to 255 visible ASCII characters, without commas.");
		}
		String requestHash = Digests.sha256Hex(command.fingerprint());
		Optional<Result> replay = replay(partnerId, idempotencyKey, requestHash);
		if (replay.isPresent()) {
			return replay.get();
		}
		Achievement achievement = achievements.resolve(partnerId, command.achievement());
		IssuerProfile issuerProfile = partners.issuerFor(partners.get(partnerId));
		try {
			return new Result(transactions.execute(tx -> issueInTransaction(caller, partnerId, issuerProfile, achievement,
					command, idempotencyKey, requestHash, null)), false);
		}
		catch (DuplicateKeyException ex) {
			// a concurrent retry with the same idempotency key won the race
			return replay(partnerId, idempotencyKey, requestHash).orElseThrow(() -> ex);
		}
	}

	/**
	 * Signs and stores one credential, claiming its status list index, in the caller's transaction.
	 */
	CredentialRecord issueInTransaction(PartnerPrincipal caller, UUID partnerId, IssuerProfile issuerProfile,
			Achievement achievement, IssueCommand command, @Nullable String idempotencyKey, @Nullable String requestHash,
			@Nullable UUID previousCredentialId) {
		CertificateTemplate template = requireIssuable(achievement, issuerProfile, command, clock.instant());
		UUID id = UUID.randomUUID();
		StatusIndexAllocator.Allocation slot = allocator.allocate(issuerProfile.id(), id);
		CredentialRecord issued = sign(new Signing(partnerId, issuerProfile, achievement, template, command, id, slot,
				idempotencyKey, requestHash, previousCredentialId, null));
		inserts.insertAll(List.of(issued));
		audit.record(caller.getName(), partnerId, AuditAction.CREDENTIAL_ISSUED, "credential", id.toString(), null);
		events.publishEvent(new CredentialIssued(id));
		return issued;
	}

	/**
	 * Every check a command must pass before a status index is claimed and anything is signed: the
	 * achievement's template exists, the name is printable and every text fits the certificate,
	 * and the end of validity lies in the future. Single issuance, batch uploads (for each row,
	 * when the file arrives) and batch workers (again, when the row is issued) all ask here.
	 * @param achievement the achievement
	 * @param issuerProfile the issuer the credential will name
	 * @param command what to issue
	 * @param now the time of issue
	 * @return the template the certificate will use
	 * @throws IssuerException naming what is wrong
	 */
	public CertificateTemplate requireIssuable(Achievement achievement, IssuerProfile issuerProfile,
			IssueCommand command, Instant now) {
		CertificateTemplate template = templates.latest(achievement.templateKey())
			.orElseThrow(() -> new IssuerException(ProblemCode.UNKNOWN_TEMPLATE,
					"The achievement's certificate template '" + achievement.templateKey() + "' does not exist."));
		if (!fonts.covers(command.recipientName())) {
			throw new IssuerException(ProblemCode.UNPRINTABLE_NAME,
					"The name contains characters no certificate font can print.");
		}
		if (!fonts.printsVisibly(command.recipientName())) {
			throw new IssuerException(ProblemCode.UNPRINTABLE_NAME,
					"The name must contain at least one letter or ideograph; it would print as a blank.");
		}
		certificates.requireFits(achievement, template, issuerProfile.id(), issuerProfile.name(),
				command.recipientName(), language(command, achievement), validUntil(command, achievement, now), now);
		return template;
	}

	private static String language(IssueCommand command, Achievement achievement) {
		return (command.language() != null) ? command.language() : achievement.language();
	}

	/** Everything one signature needs, the status index already claimed. */
	record Signing(UUID partnerId, IssuerProfile issuerProfile, Achievement achievement, CertificateTemplate template,
			IssueCommand command, UUID id, StatusIndexAllocator.Allocation slot, @Nullable String idempotencyKey,
			@Nullable String requestHash, @Nullable UUID previousCredentialId, @Nullable String recipientKey) {
	}

	/**
	 * Builds the Open Badges 3.0 credential, signs it with the issuer's active key and checks the
	 * result with the core verification engine; nothing is stored.
	 */
	CredentialRecord sign(Signing signing) {
		Instant now = clock.instant();
		IssueCommand command = signing.command();
		Achievement achievement = signing.achievement();
		StatusIndexAllocator.Allocation slot = signing.slot();
		OpenBadgeCredential credential = OpenBadgeCredential.builder()
			.id(signing.id())
			.issuer(signing.issuerProfile())
			.validFrom(now)
			.validUntil(validUntil(command, achievement, now))
			.subject(subject(command, achievement))
			.status(statusUrls.entry(slot.listId(), slot.index()))
			.build();
		CredentialSigner signer = keys.signerFor(signing.issuerProfile().id());
		String jwt = signer.sign(credential, achievement.jwtProfile());
		selfCheck.requireValid(jwt);
		return CredentialRecord.of(new CredentialRecord.Issued(signing.id(), signing.partnerId(), achievement.id(),
				signing.issuerProfile().id(), command.recipientName(), command.recipientEmail(),
				credential.credentialSubject().id(), language(command, achievement), achievement.jwtProfile(),
				credential.validFrom(), credential.validUntil(), now, signer.keyId(), achievement.templateKey(),
				signing.template().version(), jwt, signing.idempotencyKey(), signing.requestHash(), slot.listId(),
				slot.index(), signing.previousCredentialId(), signing.recipientKey()));
	}

	private Optional<Result> replay(UUID partnerId, @Nullable String idempotencyKey, String requestHash) {
		if (idempotencyKey == null) {
			return Optional.empty();
		}
		return records.findByPartnerIdAndIdempotencyKey(partnerId, idempotencyKey).map(existing -> {
			if (!requestHash.equals(existing.requestHash())) {
				throw new IssuerException(ProblemCode.IDEMPOTENCY_KEY_REUSED,
						"This Idempotency-Key was already used for a different request.");
			}
			return new Result(existing, true);
		});
	}

	private static @Nullable Instant validUntil(IssueCommand command, Achievement achievement, Instant now) {
		if (command.validUntil() != null) {
			requireValidUntil(command.validUntil(), now);
			return command.validUntil();
		}
		if (achievement.validity() != null) {
			Instant end;
			try {
				end = now.atZone(ZoneOffset.UTC).plus(achievement.validity()).toInstant();
			}
			catch (java.time.DateTimeException | ArithmeticException ex) {
				end = Instant.MAX;
			}
			if (end.isAfter(LATEST_VALID_UNTIL) || !end.isAfter(now)) {
				// an achievement defined before validities were range-checked
				throw new IssuerException(ProblemCode.INVALID_FIELD,
						"The achievement's default validity is out of range; give validUntil.").with("field",
								"validUntil");
			}
			return end;
		}
		return null;
	}

	/** The last instant a credential may be valid: dates past year 9999 break RFC 3339 readers. */
	public static final Instant LATEST_VALID_UNTIL = Instant.parse("9999-12-31T23:59:59Z");

	/**
	 * Requires an end of validity after now and within RFC 3339's four-digit years.
	 * @param validUntil the requested end of validity
	 * @param now the time of issue
	 * @throws IssuerException {@link ProblemCode#INVALID_FIELD} naming {@code validUntil}
	 */
	public static void requireValidUntil(Instant validUntil, Instant now) {
		if (!validUntil.isAfter(now)) {
			throw new IssuerException(ProblemCode.INVALID_FIELD, "validUntil must be in the future.").with("field",
					"validUntil");
		}
		if (validUntil.isAfter(LATEST_VALID_UNTIL)) {
			throw new IssuerException(ProblemCode.INVALID_FIELD, "validUntil must be before the year 10000.")
				.with("field", "validUntil");
		}
	}

	private AchievementSubject subject(IssueCommand command, Achievement achievement) {
		String subjectId = (command.recipientId() != null) ? command.recipientId() : "urn:uuid:" + UUID.randomUUID();
		List<IdentityObject> identifiers = (command.recipientEmail() != null)
				? List.of(IdentityObject.hashedEmail(command.recipientEmail(), salt())) : List.of();
		return new AchievementSubject(subjectId, List.of("AchievementSubject"), command.recipientName(), identifiers,
				achievement.toOpenBadge(issuer.baseUrl()));
	}

	private static String salt() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}


}
