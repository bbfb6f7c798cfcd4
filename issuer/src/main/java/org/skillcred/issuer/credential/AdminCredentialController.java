package org.skillcred.issuer.credential;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin operations over many credentials.
 */
@RestController
class AdminCredentialController {

	private final CredentialReissue reissue;

	AdminCredentialController(CredentialReissue reissue) {
		this.reissue = reissue;
	}

	record ReissueRequest(@NotBlank @Size(max = 300) String kid) {
	}

	/** Re-signs every credential signed with a key (after it was marked compromised). */
	@PostMapping("/api/v1/admin/credentials/reissue")
	Map<String, Object> reissue(@Valid @RequestBody ReissueRequest request) {
		return Map.of("kid", request.kid(), "reissued", reissue.reissueSignedWith(request.kid()));
	}

}
