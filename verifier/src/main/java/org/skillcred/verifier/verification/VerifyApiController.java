package org.skillcred.verifier.verification;

import java.io.IOException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.skillcred.verifier.input.UnusableUploadException;
import org.skillcred.verifier.system.VerifierException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The verification API for machines. An invalid credential is a result (200 with verdict
 * INVALID); only requests that carry nothing to verify get a 4xx problem document.
 */
@RestController
class VerifyApiController {

	private final CredentialVerification verification;

	VerifyApiController(CredentialVerification verification) {
		this.verification = verification;
	}

	record VerifyRequest(@NotBlank String credential) {
	}

	@PostMapping(path = "/api/v1/verify", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	VerificationResult verifyJson(@Valid @RequestBody VerifyRequest request) {
		return verification.verifyToken(request.credential());
	}

	@PostMapping(path = "/api/v1/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	VerificationResult verifyUpload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "credential", required = false) @Nullable String credential)
			throws IOException, UnusableUploadException {
		if (file != null && !file.isEmpty()) {
			return verification.verifyUpload(file.getSize(), file::getBytes);
		}
		if (credential != null && !credential.isBlank()) {
			return verification.verifyToken(credential);
		}
		throw VerifierException.badRequest("Send a 'file' (certificate PDF, QR image or .jwt) or a 'credential'.");
	}

}
