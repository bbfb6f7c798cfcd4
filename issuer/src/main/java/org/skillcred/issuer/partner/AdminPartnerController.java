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
import org.springframework.web.bind.annotation.PutMapping;
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

	private final PartnerBrandings brandings;

	AdminPartnerController(PartnerManagement management, PartnerBrandings brandings) {
		this.management = management;
		this.brandings = brandings;
	}

	/** An image as a {@code data:} URL, the form a browser's file input reads it in. */
	private static final String DATA_URL = "data:image/(png|jpeg);base64,[A-Za-z0-9+/=]+";

	/**
	 * Printed text, as for learners' names: no control or format characters (a right-to-left
	 * override would make a name read as another) and no line or paragraph separators.
	 */
	private static final String PRINTABLE = "[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+";

	record SignatoryRequest(@NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE) String name,
			@NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE) String title,
			@Nullable @Size(max = 360_000) @Pattern(regexp = DATA_URL) String signature) {
	}

	record BrandingRequest(@Nullable @Pattern(regexp = "#[0-9A-Fa-f]{6}") String color,
			@Nullable @Size(max = 360_000) @Pattern(regexp = DATA_URL) String logo,
			@Nullable @Size(max = 360_000) @Pattern(regexp = DATA_URL) String seal,
			@Nullable @Size(max = 3) List<@Valid SignatoryRequest> signatories) {
	}

	record BrandingResponse(UUID id, Instant inEffectFrom, @Nullable String color, boolean logo, boolean seal,
			List<String> signatories) {
	}

	private static byte @Nullable [] image(@Nullable String dataUrl) {
		if (dataUrl == null) {
			return null;
		}
		try {
			return java.util.Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new org.skillcred.issuer.system.IssuerException(org.skillcred.issuer.system.ProblemCode.INVALID_FIELD,
					"An image is not valid base64.");
		}
	}

	private static BrandingResponse response(PartnerBranding b) {
		return new BrandingResponse(b.id(), b.createdAt(), b.color(), b.logo() != null, b.seal() != null,
				b.signatories().stream().map(s -> s.name() + ", " + s.title()).toList());
	}

	/**
	 * Sets the partner's branding for certificates issued from now on: colour, logo, seal and
	 * signatories (name, title, signature image). Certificates issued before keep theirs.
	 */
	@PutMapping("/{id}/branding")
	BrandingResponse setBranding(@PathVariable UUID id, @Valid @RequestBody BrandingRequest request) {
		List<PartnerBranding.Signatory> people = (request.signatories() == null) ? List.of()
				: request.signatories().stream()
					.map(s -> new PartnerBranding.Signatory(s.name().strip(), s.title().strip(), image(s.signature())))
					.toList();
		return response(brandings.set(id, request.color(), image(request.logo()), image(request.seal()), people));
	}

	/** The branding new certificates of the partner carry. */
	@GetMapping("/{id}/branding")
	BrandingResponse branding(@PathVariable UUID id) {
		return brandings.current(id)
			.map(AdminPartnerController::response)
			.orElseThrow(() -> org.skillcred.issuer.system.IssuerException.notFound("A branding of partner " + id));
	}

	record CreatePartnerRequest(@NotBlank @Size(max = 200) String name,
			@Nullable @Size(max = 48) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
					message = "must be lower-case letters, digits and single hyphens") String slug,
			@Nullable @Email @Size(min = 3, max = 320) String contactEmail, @Nullable Boolean ownIssuer) {
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
