package org.skillcred.issuer.partner;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.IssuerProfile;
import org.skillcred.issuer.audit.AuditAction;
import org.skillcred.issuer.audit.AuditLog;
import org.skillcred.issuer.signing.SigningKeyRegistry;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Onboards, lists and disables partners, and issues their API keys. Admin use case.
 */
@Service
public class PartnerManagement {

	private static final String ADMIN = "admin";

	private final PartnerRepository partners;

	private final SigningKeyRegistry keys;

	private final AuditLog audit;

	private final Clock clock;

	private final ApiKeyIntrospector apiKeys;

	PartnerManagement(PartnerRepository partners, SigningKeyRegistry keys, AuditLog audit, ApiKeyIntrospector apiKeys,
			Clock clock) {
		this.apiKeys = apiKeys;
		this.partners = partners;
		this.keys = keys;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The issuer a partner's credentials are issued by: its own identity, or the platform's.
	 * @param partner the partner
	 * @return the issuer profile written into its credentials
	 */
	public IssuerProfile issuerFor(Partner partner) {
		return partner.ownIssuer() ? IssuerProfile.of(keys.partnerDid(partner.slug()), partner.name(), null)
				: keys.identity().profile();
	}

	/**
	 * A partner with the API key shown once at creation.
	 *
	 * @param partner the partner
	 * @param apiKey the key in clear
	 */
	public record PartnerWithKey(Partner partner, String apiKey) {
	}

	/**
	 * Onboards a partner. A partner with its own issuer identity gets its own signing key, generated
	 * here and stored encrypted.
	 * @param name display name
	 * @param slug short name, derived from the name when null
	 * @param contactEmail contact address, or null
	 * @param ownIssuer whether it issues in its own name
	 * @return the partner and its first API key
	 */
	@Transactional
	public PartnerWithKey create(String name, @Nullable String slug, @Nullable String contactEmail, boolean ownIssuer) {
		String chosenSlug = (slug != null && !slug.isBlank()) ? slug : slugOf(name);
		if (partners.findBySlug(chosenSlug).isPresent()) {
			throw new IssuerException(ProblemCode.DUPLICATE, "A partner with slug '" + chosenSlug + "' exists.");
		}
		Partner partner = Partner.create(chosenSlug, name.strip(), contactEmail, ownIssuer, clock.instant());
		String key = partner.issueApiKey(clock.instant());
		try {
			Partner saved = partners.save(partner);
			if (ownIssuer) {
				keys.generateActiveKey(keys.partnerDid(chosenSlug));
			}
			audit.record(ADMIN, saved.id(), AuditAction.PARTNER_CREATED, "partner", saved.id().toString(), null);
			return new PartnerWithKey(saved, key);
		}
		catch (DuplicateKeyException ex) {
			throw new IssuerException(ProblemCode.DUPLICATE, "A partner with slug '" + chosenSlug + "' exists.");
		}
	}

	/**
	 * Creates a partner with a given API key, unless one with that slug exists. For demo data.
	 * @param slug the slug
	 * @param name the name
	 * @param apiKey the API key to register
	 * @return the partner
	 */
	@Transactional
	public Partner ensureExists(String slug, String name, String apiKey) {
		Optional<Partner> existing = partners.findBySlug(slug);
		if (existing.isPresent()) {
			return existing.get();
		}
		Partner partner = Partner.create(slug, name, null, false, clock.instant());
		partner.addApiKey(apiKey, clock.instant());
		return partners.save(partner);
	}

	@Transactional
	public String issueApiKey(UUID partnerId) {
		Partner partner = get(partnerId);
		String key = partner.issueApiKey(clock.instant());
		partners.save(partner);
		audit.record(ADMIN, partnerId, AuditAction.PARTNER_API_KEY_ADDED, "partner", partnerId.toString(), null);
		return key;
	}

	@Transactional
	public Partner disable(UUID partnerId) {
		Partner partner = get(partnerId);
		partner.disable();
		Partner saved = partners.save(partner);
		audit.record(ADMIN, partnerId, AuditAction.PARTNER_DISABLED, "partner", partnerId.toString(), null);
		// this instance refuses the partner's keys as soon as the change is committed
		TransactionSynchronizationManager
			.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					apiKeys.forgetRecentKeys();
				}
			});
		return saved;
	}

	@Transactional(readOnly = true)
	public Partner get(UUID partnerId) {
		return partners.findById(partnerId).orElseThrow(() -> IssuerException.notFound("Partner " + partnerId));
	}

	@Transactional(readOnly = true)
	public List<Partner> list() {
		return partners.findAllByOrderByCreatedAt();
	}

	static String slugOf(String name) {
		String slug = Normalizer.normalize(name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (slug.isEmpty()) {
			slug = "partner-" + UUID.randomUUID().toString().substring(0, 8);
		}
		return slug.length() > 48 ? slug.substring(0, 48) : slug;
	}

}
