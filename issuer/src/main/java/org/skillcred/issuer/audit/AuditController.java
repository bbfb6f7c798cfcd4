package org.skillcred.issuer.audit;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading the audit log: a partner sees the events about its own data; the administrator sees
 * everything, optionally for one partner.
 */
@RestController
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/api/v1/audit")
	List<AuditEvent> own(@AuthenticationPrincipal PartnerPrincipal caller,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return log.forPartner(caller.requirePartnerId(), page, size);
	}

	@GetMapping("/api/v1/admin/audit")
	List<AuditEvent> all(@RequestParam(required = false) @Nullable UUID partnerId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return (partnerId != null) ? log.forPartner(partnerId, page, size) : log.all(page, size);
	}

}
