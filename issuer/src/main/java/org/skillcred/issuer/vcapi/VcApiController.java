package org.skillcred.issuer.vcapi;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.CredentialContexts;
import org.skillcred.issuer.credential.CredentialRecord;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * W3C VC-API {@code POST /credentials/issue}: returns the credential enveloped as
 * {@code data:application/vc+jwt,<JWT>}. What may be signed is decided by {@link VcApiIssuance}.
 *
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/#enveloped-verifiable-credentials">VCDM 2.0 §4.13</a>
 * @see <a href="https://w3c-ccg.github.io/vc-api/#issue-credential">VC-API Issue Credential</a>
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
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody IssueRequest request) {
		CredentialRecord record = issuance.issue(caller, request.credential(), request.options(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("verifiableCredential",
					Map.of("@context", List.of(CredentialContexts.VC_V2), "type", "EnvelopedVerifiableCredential", "id",
							"data:application/vc+jwt," + record.compactJwt())));
	}

}
