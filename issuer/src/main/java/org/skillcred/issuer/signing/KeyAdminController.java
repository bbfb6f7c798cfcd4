package org.skillcred.issuer.signing;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.skillcred.issuer.audit.AuditAction;
import org.skillcred.issuer.audit.AuditLog;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin API for signing keys: list them, rotate to a newly generated key, mark one compromised.
 * Private key material is never part of any answer.
 */
@RestController
class KeyAdminController {

	private final SigningKeyRegistry registry;

	private final AuditLog audit;

	private final java.time.Clock clock;

	KeyAdminController(SigningKeyRegistry registry, AuditLog audit, java.time.Clock clock) {
		this.registry = registry;
		this.audit = audit;
		this.clock = clock;
	}

	record KeyResponse(String kid, String issuerId, String algorithm, KeyState state, Instant createdAt,
			@Nullable Instant retiredAt, @Nullable Instant compromisedAt) {

		static KeyResponse of(SigningKey key) {
			return new KeyResponse(key.kid(), key.issuerId(), key.algorithm(), key.state(), key.createdAt(),
					key.retiredAt(), key.compromisedAt());
		}

	}

	record RotateRequest(@Nullable @Size(max = 300) String issuerId) {
	}

	record CompromiseRequest(@NotBlank @Size(max = 300) String kid, @Nullable Instant compromisedAt,
			@NotBlank @Size(max = 500) String reason) {
	}

	record ActiveKeyResponse(String issuerId, String activeKid) {
	}

	@GetMapping("/api/v1/admin/keys")
	List<KeyResponse> list(@RequestParam(required = false) @Nullable String issuerId) {
		return registry.keys((issuerId != null) ? issuerId : registry.identity().did())
			.stream()
			.map(KeyResponse::of)
			.toList();
	}

	@PostMapping("/api/v1/admin/keys/rotate")
	@Transactional
	ActiveKeyResponse rotate(@Valid @RequestBody(required = false) @Nullable RotateRequest request) {
		String issuerId = (request != null && request.issuerId() != null) ? request.issuerId()
				: registry.identity().did();
		if (registry.keys(issuerId).isEmpty()) {
			throw org.skillcred.issuer.system.IssuerException.notFound("Issuer " + issuerId);
		}
		String kid = registry.generateActiveKey(issuerId);
		audit.record("admin", null, AuditAction.KEY_ROTATED, "signing-key", kid, null);
		return new ActiveKeyResponse(issuerId, kid);
	}

	@PostMapping("/api/v1/admin/keys/compromise")
	@Transactional
	ActiveKeyResponse compromise(@Valid @RequestBody CompromiseRequest request) {
		SigningKey key = registry.key(request.kid())
			.orElseThrow(() -> org.skillcred.issuer.system.IssuerException.notFound("Signing key " + request.kid()));
		Instant at = (request.compromisedAt() != null) ? request.compromisedAt() : clock.instant();
		String active = registry.compromise(key.kid(), at);
		audit.record("admin", null, AuditAction.KEY_COMPROMISED, "signing-key", key.kid(), request.reason());
		return new ActiveKeyResponse(key.issuerId(), active);
	}

}
