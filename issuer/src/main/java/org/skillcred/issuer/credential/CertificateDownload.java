package org.skillcred.issuer.credential;

import java.text.ParseException;
import java.util.List;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JWSObject;
import org.jspecify.annotations.Nullable;
import org.skillcred.issuer.partner.PartnerBranding;
import org.skillcred.issuer.partner.PartnerBrandings;
import org.skillcred.issuer.achievement.Achievement;
import org.skillcred.issuer.achievement.AchievementCatalog;
import org.skillcred.issuer.achievement.AlignmentRef;
import org.skillcred.issuer.certificate.CertificateData;
import org.skillcred.issuer.certificate.CertificateLayoutException;
import org.skillcred.issuer.certificate.CertificateRenderer;
import org.skillcred.issuer.certificate.CertificateTemplate;
import org.skillcred.issuer.certificate.TemplateCatalog;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.stereotype.Service;

/**
 * A credential's printable certificate, rendered on demand from the stored record with the
 * template version it was issued with, and kept in a small cache keyed by the record's revision:
 * a revocation (which marks the certificate) or a re-signing yields a new PDF and a new ETag.
 */
@Service
public class CertificateDownload {

	private static final int CACHE_SIZE = 128;

	private final CredentialLookup lookup;

	private final AchievementCatalog achievements;

	private final TemplateCatalog templates;

	private final CertificateRenderer renderer;

	private final CredentialLinks links;

	private final Cache<String, Pdf> cache = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

	private final org.skillcred.issuer.certificate.BadgeArtist badges;

	private final PartnerBrandings brandings;

	CertificateDownload(CredentialLookup lookup, AchievementCatalog achievements, TemplateCatalog templates,
			CertificateRenderer renderer, CredentialLinks links, org.skillcred.issuer.certificate.BadgeArtist badges,
			PartnerBrandings brandings) {
		this.badges = badges;
		this.brandings = brandings;
		this.lookup = lookup;
		this.achievements = achievements;
		this.templates = templates;
		this.renderer = renderer;
		this.links = links;
	}

	/**
	 * A rendered certificate.
	 *
	 * @param bytes the PDF
	 * @param etag its entity tag
	 * @param fileName a file name for downloads
	 */
	public record Pdf(byte[] bytes, String etag, String fileName) {
	}

	public Pdf forCaller(PartnerPrincipal caller, UUID id) {
		return pdf(lookup.visibleTo(caller, id));
	}

	public Pdf pdf(CredentialRecord record) {
		// the partner's branding in effect when the credential was issued goes on its certificate
		java.util.Optional<PartnerBranding> branding = brandings.inEffect(record.partnerId(), record.issuedAt());
		String key = record.id() + "-" + record.revision() + branding.map(b -> "-b" + b.id().toString().substring(0, 8))
			.orElse("");
		return cache.get(key, k -> render(record, branding, k));
	}

	private Pdf render(CredentialRecord record, java.util.Optional<PartnerBranding> branding, String key) {
		CertificateTemplate template = template(record);
		try {
			return new Pdf(renderer.renderSigned(template, data(record, branding)), "\"" + key + "-t" + template.version() + "\"",
					"certificate-" + record.id() + ".pdf");
		}
		catch (CertificateLayoutException ex) {
			// only records issued before the fit check, or under a since-edited template, get here
			throw new IssuerException(ProblemCode.CERTIFICATE_LAYOUT, ex.getMessage() + ".");
		}
	}

	/**
	 * The credential's Open Badges image, its credential baked in.
	 * @param record the credential
	 * @return the PNG
	 */
	public byte[] badge(CredentialRecord record) {
		String title = achievements.findPublic(record.achievementId())
			.map(a -> a.name())
			.orElseThrow(() -> IssuerException.notFound("Achievement " + record.achievementId()));
		String color = brandings.inEffect(record.partnerId(), record.issuedAt()).map(PartnerBranding::color).orElse(null);
		return badges.bake(template(record), record.language(), title, issuerName(record), color, record.compactJwt());
	}

	private CertificateTemplate template(CredentialRecord record) {
		if (record.achievementId() == null || record.templateKey() == null) {
			throw new IssuerException(ProblemCode.CONFLICT, "Credentials issued through the VC-API have no certificate.");
		}
		return ((record.templateVersion() != null)
				? templates.version(record.templateKey(), record.templateVersion())
				: templates.latest(record.templateKey()))
			.orElseThrow(() -> new IssuerException(ProblemCode.UNKNOWN_TEMPLATE,
					"The certificate template " + record.templateKey() + " is no longer available."));
	}

	private CertificateData data(CredentialRecord record, java.util.Optional<PartnerBranding> branding) {
		return data(record, achievements.findPublic(record.achievementId())
			.orElseThrow(() -> IssuerException.notFound("Achievement " + record.achievementId())), branding);
	}

	/**
	 * Refuses, before anything is signed, a learner's name (or the texts around it) that would not
	 * fit the achievement's certificate (see {@link CredentialIssuance#requireIssuable}).
	 * @param achievement the achievement
	 * @param template its current template
	 * @param issuerId the issuer DID
	 * @param issuerName the issuer's name
	 * @param recipientName the learner's name
	 * @param language the certificate language
	 * @param validUntil end of validity, or null
	 * @param issuedOn the expected issue time
	 * @throws IssuerException {@link ProblemCode#CERTIFICATE_LAYOUT} naming the text
	 */
	void requireFits(Achievement achievement, CertificateTemplate template, String issuerId, String issuerName,
			String recipientName, String language, @Nullable Instant validUntil, Instant issuedOn) {
		UUID placeholder = UUID.randomUUID();
		CertificateData data = new CertificateData("urn:uuid:" + placeholder, recipientName, achievement.name(),
				achievement.description(), achievement.alignments().stream().map(AlignmentRef::targetName).toList(),
				issuerId, issuerName, issuedOn, validUntil, links.of(placeholder).verify(), "", language, null, null);
		try {
			renderer.requireFits(template, data);
		}
		catch (CertificateLayoutException ex) {
			throw new IssuerException(ProblemCode.CERTIFICATE_LAYOUT, ex.getMessage() + " of the template '"
					+ template.key() + "'. Shorten it, or use a template with more room.");
		}
	}

	private CertificateData data(CredentialRecord record, Achievement achievement,
			java.util.Optional<PartnerBranding> branding) {
		String status = switch (record.state()) {
			case ISSUED -> null;
			case SUSPENDED -> "suspended";
			case REVOKED -> "revoked";
		};
		return new CertificateData("urn:uuid:" + record.id(), record.recipientName(), achievement.name(),
				achievement.description(), achievement.alignments().stream().map(AlignmentRef::targetName).toList(),
				record.issuerId(), issuerName(record), record.issuedAt(), record.validUntil(), links.of(record.id()).verify(),
				record.compactJwt(), record.language(), status, branding.map(CertificateDownload::branding).orElse(null));
	}

	private static CertificateData.Branding branding(PartnerBranding branding) {
		return new CertificateData.Branding(branding.logo(), branding.seal(), branding.signatories()
			.stream()
			.map(s -> new CertificateData.Signatory(s.name(), s.title(), s.signature()))
			.toList());
	}

	public static String issuerName(CredentialRecord record) {
		try {
			Object issuer = JWSObject.parse(record.compactJwt()).getPayload().toJSONObject().get("issuer");
			if (issuer instanceof Map<?, ?> profile && profile.get("name") instanceof String name) {
				return name;
			}
		}
		catch (ParseException ex) {
			// fall through to the issuer id
		}
		return record.issuerId();
	}


}
