package org.skillcred.issuer.learner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.skillcred.issuer.credential.CertificateDownload;
import org.skillcred.issuer.credential.CredentialLinks;
import org.skillcred.issuer.credential.CredentialRecord;
import org.skillcred.issuer.credential.LearnerLinks;
import org.skillcred.core.i18n.Language;
import org.skillcred.issuer.system.PageLanguage;
import org.skillcred.issuer.certificate.QrImages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

	private static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

	private final LearnerLinks learnerLinks;

	private final CertificateDownload certificates;

	private final CredentialLinks links;

	private final LearnerPage page;

	private final PageLanguage pageLanguage;

	LearnerController(LearnerLinks learnerLinks, CertificateDownload certificates, CredentialLinks links,
			LearnerPage page, PageLanguage pageLanguage) {
		this.pageLanguage = pageLanguage;
		this.learnerLinks = learnerLinks;
		this.certificates = certificates;
		this.links = links;
		this.page = page;
	}

	@GetMapping(path = "/learn/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
		CredentialRecord record = learnerLinks.find(token);
		Language language = pageLanguage.of(request, record.language());
		PageLanguage.choose(request, language);
		response.setHeader("Cache-Control", PRIVATE.getHeaderValue());
		response.setHeader("Vary", "Accept-Language");
		return new ModelAndView("learner", page.model(record, language));
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
			.contentType(VC_JWT)
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
			.body(certificates.badge(record));
	}

}
