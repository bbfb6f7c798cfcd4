package org.skillcred.issuer.partner;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin API for partners: onboard (the API key is shown once), list, disable, add a key.
 */
@RestController
@RequestMapping("/api/v1/admin/partners")
class AdminPartnerController {

	private final PartnerManagement management;

	AdminPartnerController(PartnerManagement management) {
		this.management = management;
	}

	record CreatePartnerRequest(@NotBlank @Size(max = 200) String name,
			@Nullable @Size(max = 48) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
					message = "must be lower-case letters, digits and single hyphens") String slug,
			@Nullable @Email @Size(max = 320) String contactEmail, @Nullable Boolean ownIssuer) {
	}

	record PartnerResponse(UUID id, String slug, String name, @Nullable String contactEmail, PartnerState state,
			String issuerId, Instant createdAt, @Nullable String apiKey) {
	}

	private PartnerResponse response(Partner p, @Nullable String apiKey) {
		return new PartnerResponse(p.id(), p.slug(), p.name(), p.contactEmail(), p.state(),
				management.issuerFor(p).id(), p.createdAt(), apiKey);
	}

	@PostMapping
	ResponseEntity<PartnerResponse> create(@Valid @RequestBody CreatePartnerRequest request) {
		PartnerManagement.PartnerWithKey created = management.create(request.name(), request.slug(),
				request.contactEmail(), Boolean.TRUE.equals(request.ownIssuer()));
		return ResponseEntity.created(URI.create("/api/v1/admin/partners/" + created.partner().id()))
			.body(response(created.partner(), created.apiKey()));
	}

	@GetMapping
	List<PartnerResponse> list() {
		return management.list().stream().map(p -> response(p, null)).toList();
	}

	@GetMapping("/{id}")
	PartnerResponse get(@PathVariable UUID id) {
		return response(management.get(id), null);
	}

	@PostMapping("/{id}/disable")
	PartnerResponse disable(@PathVariable UUID id) {
		return response(management.disable(id), null);
	}

	@PostMapping("/{id}/api-keys")
	ResponseEntity<Map<String, String>> addKey(@PathVariable UUID id) {
		return ResponseEntity.status(201).body(Map.of("apiKey", management.issueApiKey(id)));
	}

}
