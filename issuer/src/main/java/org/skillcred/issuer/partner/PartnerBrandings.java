package org.skillcred.issuer.partner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.issuer.certificate.CertificateData;
import org.skillcred.issuer.certificate.CertificateRenderer;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Partners' brandings: stored as new rows (never changed), and looked up as in effect at a time.
 * Images are checked before they are stored: PNG or JPEG by their first bytes, at most 256 KB and
 * 2,000 × 2,000 pixels (read from the header, nothing decoded).
 */
@Service
public class PartnerBrandings {

	/** The most bytes of one image. */
	static final int MAX_IMAGE_BYTES = 256 * 1024;

	private static final int MAX_IMAGE_SIDE = 2000;

	private static final int MAX_SIGNATORIES = 3;

	private final JdbcTemplate jdbc;

	private final PartnerRepository partners;

	private final Clock clock;

	private final CertificateRenderer renderer;

	/** Brandings by id, weighed by their images: up to five of 256 KB each. */
	private final Cache<UUID, PartnerBranding> loaded = Caffeine.newBuilder()
		.maximumWeight(64L * 1024 * 1024)
		.<UUID, PartnerBranding>weigher((id, b) -> 1024 + length(b.logo()) + length(b.seal())
				+ b.signatories().stream().mapToInt(p -> length(p.signature())).sum())
		.build();

	private static int length(byte @Nullable [] bytes) {
		return (bytes != null) ? bytes.length : 0;
	}

	PartnerBrandings(JdbcTemplate jdbc, PartnerRepository partners, Clock clock, CertificateRenderer renderer) {
		this.jdbc = jdbc;
		this.partners = partners;
		this.clock = clock;
		this.renderer = renderer;
	}

	/**
	 * Stores a partner's new branding, in effect from now.
	 * @param partnerId the partner
	 * @param color the colour or null
	 * @param logo the logo or null
	 * @param seal the seal or null
	 * @param signatories the signatories, at most three
	 * @return the stored branding
	 * @throws IssuerException NOT_FOUND for an unknown partner, INVALID_FIELD for a bad image or list
	 */
	@Transactional
	public PartnerBranding set(UUID partnerId, @Nullable String color, byte @Nullable [] logo, byte @Nullable [] seal,
			List<PartnerBranding.Signatory> signatories) {
		partners.findById(partnerId).orElseThrow(() -> IssuerException.notFound("Partner " + partnerId));
		if (signatories.size() > MAX_SIGNATORIES) {
			throw invalid("signatories", "A certificate has room for at most " + MAX_SIGNATORIES + " signatories.");
		}
		requireImage(logo, "logo");
		requireImage(seal, "seal");
		for (int i = 0; i < signatories.size(); i++) {
			requireImage(signatories.get(i).signature(), "signatories[" + i + "].signature");
		}
		// refused now rather than left off, or printed blank, on every certificate
		renderer.signatoryThatCannotBePrinted(signatories.stream()
			.map(p -> new CertificateData.Signatory(p.name(), p.title(), p.signature()))
			.toList()).ifPresent(unprintable -> {
				throw invalid(unprintable.field(), unprintable.field() + " " + unprintable.reason() + ".");
			});
		PartnerBranding branding = new PartnerBranding(UUID.randomUUID(), partnerId, clock.instant(), color, logo, seal,
				List.copyOf(signatories));
		ArrayNode people = JsonNodeFactory.instance.arrayNode();
		for (PartnerBranding.Signatory person : signatories) {
			people.addObject().put("name", person.name()).put("title", person.title()).put("signature", encode(person.signature()));
		}
		jdbc.update("insert into partner_branding (id, partner_id, created_at, color, logo, seal, signatories) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", branding.id(), partnerId, java.sql.Timestamp.from(branding.createdAt()),
				color, encode(logo), encode(seal), people.toString());
		return branding;
	}

	/**
	 * The branding a partner's certificate issued at a time carries.
	 * @param partnerId the partner
	 * @param at when the certificate was issued
	 * @return the branding in effect then, if any
	 */
	@Transactional(readOnly = true)
	public Optional<PartnerBranding> inEffect(UUID partnerId, Instant at) {
		// only the id is asked for each time (every certificate download): a branding never
		// changes, so its images are read from the database once and kept
		return jdbc.queryForList("select id from partner_branding where partner_id = ? and created_at <= ? "
				+ "order by created_at desc limit 1", UUID.class, partnerId, java.sql.Timestamp.from(at))
			.stream()
			.findFirst()
			.map(id -> loaded.get(id, this::load));
	}

	/**
	 * The branding new certificates of a partner carry.
	 * @param partnerId the partner
	 * @return the branding in effect now, if any
	 */
	public Optional<PartnerBranding> current(UUID partnerId) {
		return inEffect(partnerId, clock.instant());
	}

	private PartnerBranding load(UUID id) {
		return jdbc.queryForObject("select partner_id, created_at, color, logo, seal, signatories from partner_branding "
				+ "where id = ?", (rs, n) -> new PartnerBranding(id, rs.getObject("partner_id", UUID.class),
						rs.getTimestamp("created_at").toInstant(), rs.getString("color"), decode(rs.getString("logo")),
						decode(rs.getString("seal")), signatories(rs.getString("signatories"))), id);
	}

	private static List<PartnerBranding.Signatory> signatories(String json) {
		List<PartnerBranding.Signatory> people = new ArrayList<>();
		for (JsonNode person : CredentialJson.defaults().read(json)) {
			people.add(new PartnerBranding.Signatory(person.path("name").asString(""), person.path("title").asString(""),
					decode(person.path("signature").asString(null))));
		}
		return people;
	}

	private static @Nullable String encode(byte @Nullable [] bytes) {
		return (bytes != null) ? Base64.getEncoder().encodeToString(bytes) : null;
	}

	private static byte @Nullable [] decode(@Nullable String text) {
		return (text != null) ? Base64.getDecoder().decode(text) : null;
	}

	/** PNG or JPEG, small enough, its size read from the header only. */
	private static void requireImage(byte @Nullable [] image, String field) {
		if (image == null) {
			return;
		}
		if (image.length > MAX_IMAGE_BYTES) {
			throw invalid(field, field + " is larger than " + MAX_IMAGE_BYTES / 1024 + " KB.");
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
			Iterator<ImageReader> readers = (in != null) ? ImageIO.getImageReaders(in) : null;
			if (readers == null || !readers.hasNext()) {
				throw invalid(field, field + " must be a PNG or JPEG image.");
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
				if (!format.equals("png") && !format.equals("jpeg")) {
					throw invalid(field, field + " must be a PNG or JPEG image.");
				}
				reader.setInput(in, true, true);
				if (reader.getWidth(0) > MAX_IMAGE_SIDE || reader.getHeight(0) > MAX_IMAGE_SIDE) {
					throw invalid(field, field + " must be at most " + MAX_IMAGE_SIDE + " pixels on each side.");
				}
				// decoded in full once, now: an image whose data is broken would otherwise break every
				// certificate issued under this branding, which never changes
				if (reader.read(0) == null || org.openpdf.text.Image.getInstance(image) == null) {
					throw invalid(field, field + " is not a readable image.");
				}
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof IssuerException issuer) {
				throw issuer;
			}
			throw invalid(field, field + " is not a readable image.");
		}
	}

	private static IssuerException invalid(String field, String message) {
		return new IssuerException(ProblemCode.INVALID_FIELD, message).with("field", field);
	}

}
