package org.skillcred.issuer.credential;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.CredentialContexts;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * W3C VC-API {@code POST /credentials/issue}: returns the credential enveloped as
 * {@code data:application/vc+jwt,<JWT>}.
 *
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/#enveloped-verifiable-credentials">VCDM 2.0 §4.13</a>
 */
@RestController
class VcApiController {

	private final VcApiIssuance issuance;

	VcApiController(VcApiIssuance issuance) {
		this.issuance = issuance;
	}

	record IssueRequest(@NotNull JsonNode credential, @Nullable JsonNode options) {
	}

	@PostMapping("/credentials/issue")
	ResponseEntity<Map<String, Object>> issue(@AuthenticationPrincipal PartnerPrincipal caller,
			@jakarta.validation.Valid @RequestBody IssueRequest request) {
		CredentialRecord record = issuance.issue(caller.requirePartnerId(), request.credential());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("verifiableCredential",
					Map.of("@context", List.of(CredentialContexts.VC_V2), "type", "EnvelopedVerifiableCredential", "id",
							"data:application/vc+jwt," + record.compactJwt())));
	}

}
