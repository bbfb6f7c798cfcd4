package org.skillcred.issuer.credential;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.skillcred.issuer.achievement.AchievementCatalog;
import org.skillcred.issuer.certificate.BadgeBaker;
import org.skillcred.issuer.certificate.QrImages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The learner's private page and downloads, behind the credential's learner link: the signed PDF
 * certificate, the QR code (PNG, SVG), the credential ({@code .jwt}), a baked Open Badges image,
 * and an "Add to LinkedIn" link. A replaced or unknown link answers 404. Pages are never cached by
 * shared caches: the link is private.
 */
@Controller
class LearnerController {

	private static final CacheControl PRIVATE = CacheControl.noCache().cachePrivate();

	private final LearnerLinks learnerLinks;

	private final CertificateDownload certificates;

	private final CredentialLinks links;

	private static final String[] LABELS = { "title", "intro", "issuedBy", "issuedOn", "validUntil", "noExpiry",
			"downloads", "pdf", "qrPng", "qrSvg", "jwt", "badge", "linkedin", "verify", "revoked", "suspended", "private" };

	private final AchievementCatalog achievements;

	private final org.springframework.context.MessageSource messages;

	LearnerController(LearnerLinks learnerLinks, CertificateDownload certificates, CredentialLinks links,
			AchievementCatalog achievements, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.learnerLinks = learnerLinks;
		this.certificates = certificates;
		this.links = links;
		this.achievements = achievements;
	}

	@GetMapping(path = "/learn/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(@PathVariable String token, @RequestParam(required = false) @Nullable String lang) {
		CredentialRecord record = learnerLinks.find(token);
		String language = (lang != null && lang.matches("en|fr|es|ru|zh|ar")) ? lang : record.language();
		Locale locale = Locale.forLanguageTag(language);
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneOffset.UTC);
		String achievement = achievementName(record);
		String base = links.of(record).learner();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("lang", language);
		model.put("rtl", "ar".equals(language));
		model.put("learnerName", record.recipientName());
		model.put("achievementName", achievement);
		model.put("issuerName", CertificateDownload.issuerName(record));
		model.put("issuedOn", dates.format(record.issuedAt()));
		model.put("validUntil", (record.validUntil() != null) ? dates.format(record.validUntil()) : null);
		model.put("state", record.state().name());
		model.put("base", base);
		model.put("verifyUrl", links.verify(record.id()));
		model.put("linkedIn", linkedIn(record, achievement));
		Map<String, String> text = new LinkedHashMap<>();
		for (String key : LABELS) {
			text.put(key, messages.getMessage("learner." + key, null, locale));
		}
		model.put("t", text);
		return new ModelAndView("learner", model);
	}

	@GetMapping("/learn/{token}/certificate.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String token, WebRequest request) {
		CertificateDownload.Pdf pdf = certificates.pdf(learnerLinks.find(token));
		if (request.checkNotModified(pdf.etag())) {
			return ResponseEntity.status(304).eTag(pdf.etag()).cacheControl(PRIVATE).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.eTag(pdf.etag())
			.cacheControl(PRIVATE)
			.header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
			.body(pdf.bytes());
	}

	@GetMapping("/learn/{token}/qr.png")
	ResponseEntity<byte[]> qrPng(@PathVariable String token) {
		CredentialRecord record = learnerLinks.find(token);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(PRIVATE)
			.body(QrImages.png(links.verify(record.id()), 10));
	}

	@GetMapping("/learn/{token}/qr.svg")
	ResponseEntity<String> qrSvg(@PathVariable String token) {
		CredentialRecord record = learnerLinks.find(token);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("image/svg+xml"))
			.cacheControl(PRIVATE)
			.body(QrImages.svg(links.verify(record.id())));
	}

	@GetMapping("/learn/{token}/credential.jwt")
	ResponseEntity<String> credential(@PathVariable String token) {
		CredentialRecord record = learnerLinks.find(token);
		return ResponseEntity.ok()
			.contentType(PublicCredentialController.VC_JWT)
			.cacheControl(PRIVATE)
			.header("Content-Disposition", "attachment; filename=\"credential-" + record.id() + ".jwt\"")
			.body(record.compactJwt());
	}

	@GetMapping("/learn/{token}/badge.png")
	ResponseEntity<byte[]> badge(@PathVariable String token) {
		CredentialRecord record = learnerLinks.find(token);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(PRIVATE)
			.header("Content-Disposition", "attachment; filename=\"badge-" + record.id() + ".png\"")
			.body(BadgeBaker.bake(achievementName(record), record.compactJwt()));
	}

	private String achievementName(CredentialRecord record) {
		return (record.achievementId() != null)
				? achievements.findPublic(record.achievementId()).map(a -> a.name()).orElse("Credential")
				: "Credential";
	}

	/** LinkedIn's "add certification" form, filled in. */
	private String linkedIn(CredentialRecord record, String achievement) {
		ZonedDateTime issued = record.issuedAt().atZone(ZoneOffset.UTC);
		StringBuilder url = new StringBuilder("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME")
			.append("&name=").append(encode(achievement))
			.append("&organizationName=").append(encode(CertificateDownload.issuerName(record)))
			.append("&issueYear=").append(issued.getYear())
			.append("&issueMonth=").append(issued.getMonthValue());
		if (record.validUntil() != null) {
			ZonedDateTime until = record.validUntil().atZone(ZoneOffset.UTC);
			url.append("&expirationYear=").append(until.getYear()).append("&expirationMonth=").append(until.getMonthValue());
		}
		return url.append("&certUrl=").append(encode(links.verify(record.id())))
			.append("&certId=").append(encode(record.id().toString()))
			.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
