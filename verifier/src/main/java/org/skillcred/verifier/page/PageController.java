package org.skillcred.verifier.page;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.skillcred.core.i18n.Languages;
import org.skillcred.core.verification.CheckName;
import org.skillcred.core.verification.CheckResult;
import org.skillcred.core.verification.ReasonCode;
import org.skillcred.verifier.input.UnusableUploadException;
import org.skillcred.verifier.verification.CredentialVerification;
import org.skillcred.verifier.verification.VerificationLinks;
import org.skillcred.verifier.verification.VerificationResult;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.http.ResponseEntity;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages people use: the home page with its upload form, and the result page that a printed
 * QR code opens. Pages follow the browser's language (or {@code ?lang=}).
 */
@Controller
class PageController {

	private final CredentialVerification verification;

	private final Languages languages;

	PageController(CredentialVerification verification, Languages languages) {
		this.verification = verification;
		this.languages = languages;
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String home() {
		return "index";
	}

	@PostMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String check(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "text", required = false) @Nullable String text, Model model, Locale locale,
			HttpServletResponse response) throws IOException {
		VerificationResult result;
		try {
			if (file != null && !file.isEmpty()) {
				result = verification.verifyUpload(file.getSize(), file::getBytes);
			}
			else if (text != null && !text.isBlank()) {
				Optional<VerificationLinks.Link> link = VerificationLinks.parse(text);
				result = link.isPresent()
						? verification.verifyLink(link.get().ref(), link.get().credentialId().toString())
						: verification.verifyToken(text.strip());
			}
			else {
				response.setStatus(400);
				model.addAttribute("error", "EMPTY");
				return "index";
			}
		}
		catch (UnusableUploadException ex) {
			response.setStatus(ex.reason() == UnusableUploadException.Reason.BUSY ? 503 : 422);
			model.addAttribute("error", ex.reason().name());
			return "index";
		}
		String mistake = inputMistake(result);
		if (mistake != null) {
			response.setStatus(422);
			model.addAttribute("error", mistake);
			return "index";
		}
		model.addAttribute("result", ResultView.of(result, languages.get(locale.getLanguage())));
		return "result";
	}

	/**
	 * What someone typed or uploaded that is no credential at all ("hello world", a truncated
	 * paste, another QR code) is a mistake to correct on the form, not a verdict on a certificate.
	 * A credential that is readable but broken (unsigned, altered) still gets its verdict.
	 */
	private static @Nullable String inputMistake(VerificationResult result) {
		for (CheckResult check : result.checks()) {
			if (check.name() == CheckName.FORMAT && check.isFailure() && check.code() == ReasonCode.MALFORMED) {
				return "QR_IMAGE".equals(result.source()) ? "QR_NOT_A_CREDENTIAL" : "NOT_A_CREDENTIAL";
			}
		}
		return null;
	}

	/**
	 * The URL printed in QR codes. A browser gets the result page; a client asking for JSON (or
	 * not saying) gets the same report as the API.
	 */
	@GetMapping("/v/{ref}/{id}")
	Object link(@PathVariable String ref, @PathVariable String id, Locale locale,
			@RequestHeader(name = "Accept", required = false) @Nullable String accept) {
		VerificationResult result = verification.verifyLink(ref, id);
		if (!wantsHtml(accept)) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
		}
		return new ModelAndView("result", Map.of("result", ResultView.of(result, languages.get(locale.getLanguage()))));
	}

	private static boolean wantsHtml(@Nullable String accept) {
		if (accept == null) {
			return false;
		}
		java.util.List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (IllegalArgumentException ex) { // an Accept header that is not a media type list
			return false;
		}
		for (MediaType type : types) {
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
				return false;
			}
			if (type.includes(MediaType.TEXT_HTML) && !type.isWildcardType()) {
				return true;
			}
		}
		return false;
	}

}
