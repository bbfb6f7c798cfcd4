package org.skillcred.issuer.credential;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.skillcred.core.jose.JwtProfile;
import org.skillcred.issuer.system.SupportedLanguage;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner API for credentials: issue one, read one, list them, and change their state.
 */
@RestController
@RequestMapping("/api/v1/credentials")
class CredentialController {

	/** Printable text without control characters; names in any script are welcome. */
	static final String PRINTABLE = CredentialIssuance.PRINTABLE_TEXT;

	private final CredentialIssuance issuance;

	private final CredentialLookup lookup;

	private final CredentialLinks links;

	private final CredentialLifecycle lifecycle;

	private final CredentialRenewal renewal;

	private final CertificateDownload certificates;

	private final LearnerLinks learnerLinks;

	CredentialController(LearnerLinks learnerLinks, CredentialIssuance issuance, CredentialLookup lookup, CredentialLinks links,
			CredentialLifecycle lifecycle, CredentialRenewal renewal, CertificateDownload certificates) {
		this.certificates = certificates;
		this.learnerLinks = learnerLinks;
		this.renewal = renewal;
		this.issuance = issuance;
		this.lookup = lookup;
		this.links = links;
		this.lifecycle = lifecycle;
	}

	record RecipientRequest(
			@NotBlank @Size(max = 200) @Pattern(regexp = PRINTABLE, message = "must not contain control characters") String name,
			@Nullable @Email @Size(min = 3, max = 320) String email,
			@Nullable @Size(max = 300) @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9+.-]*:\\S+", message = "must be a DID or URI") String id) {
	}

	record IssueCredentialRequest(@NotBlank @Size(max = 100) String achievementId,
			@NotNull @Valid RecipientRequest recipient, @Nullable Instant validUntil,
			@Nullable @SupportedLanguage String language) {
	}

	record IssuedResponse(UUID id, String credential, CredentialLinks.Links links) {
	}

	record RecipientResponse(String name, @Nullable String email, String subjectId) {
	}

	record CredentialResponse(UUID id, CredentialState state, @Nullable Instant stateChangedAt,
			@Nullable String stateReason, @Nullable UUID achievementId, String issuer, RecipientResponse recipient,
			String language, JwtProfile jwtProfile, Instant validFrom, @Nullable Instant validUntil, Instant issuedAt,
			String kid, @Nullable UUID previousCredentialId, String credential, CredentialLinks.Links links) {
	}

	record ChangeRequest(@Nullable @Size(max = 500) @Pattern(regexp = PRINTABLE,
			message = "must not contain control characters") String reason) {
	}

	record CredentialPage(List<CredentialResponse> items, int page, int size, long totalItems, int totalPages) {
	}

	@PostMapping
	ResponseEntity<IssuedResponse> issue(@AuthenticationPrincipal PartnerPrincipal caller,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody IssueCredentialRequest request) {
		CredentialIssuance.Result result = issuance.issue(caller,
				new CredentialIssuance.IssueCommand(request.achievementId(), request.recipient().name().strip(),
						request.recipient().email(), request.recipient().id(), request.validUntil(),
						request.language()),
				idempotencyKey);
		CredentialRecord record = result.record();
		return ResponseEntity.created(URI.create("/api/v1/credentials/" + record.id()))
			.header("Idempotent-Replayed", Boolean.toString(result.replayed()))
			.body(new IssuedResponse(record.id(), record.compactJwt(), links.of(record)));
	}

	@GetMapping("/{id}")
	CredentialResponse get(@AuthenticationPrincipal PartnerPrincipal caller, @PathVariable UUID id) {
		return toResponse(lookup.visibleTo(caller, id));
	}

	@GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PartnerPrincipal caller, @PathVariable UUID id,
			WebRequest request) {
		CertificateDownload.Pdf pdf = certificates.forCaller(caller, id);
		if (request.checkNotModified(pdf.etag())) {
			return ResponseEntity.status(304).eTag(pdf.etag()).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.eTag(pdf.etag())
			.header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
			.body(pdf.bytes());
	}

	@PostMapping("/{id}/revoke")
	CredentialResponse revoke(@AuthenticationPrincipal PartnerPrincipal caller, @PathVariable UUID id,
			@Valid @RequestBody ChangeRequest request) {
		if (request.reason() == null || request.reason().isBlank()) {
			throw new IssuerException(ProblemCode.INVALID_FIELD, "A revocation needs a reason.");
		}
		return toResponse(lifecycle.apply(caller, id, CredentialLifecycle.Change.REVOKE, request.reason().strip()));
	}

	@PostMapping("/{id}/suspend")
	CredentialResponse suspend(@AuthenticationPrincipal PartnerPrincipal caller, @PathVariable UUID id,
			@Valid @RequestBody(required = false) @Nullable ChangeRequest request) {
		return toResponse(lifecycle.apply(caller, id, CredentialLifecycle.Change.SUSPEND, reason(request)));
	}

	@PostMapping("/{id}/reinstate")
	CredentialResponse reinstate(@AuthenticationPrincipal PartnerPrincipal caller, @PathVariable UUID id,
			@Valid @RequestBody(required = false) @Nullable ChangeRequest request) {
		return toResponse(lifecycle.apply(caller, id, CredentialLifecycle.Change.REINSTATE, reason(request)));
	}

	record RenewRequest(@Nullable Instant validUntil, @Nullable Boolean revokePrevious) {
	}

	@PostMapping("/{id}/renew")
	ResponseEntity<IssuedResponse> renew(@AuthenticationPrincipal PartnerPrincipal caller, @PathVariable UUID id,
			@Valid @RequestBody(required = false) @Nullable RenewRequest request) {
		CredentialRecord renewed = renewal.renew(caller, id, (request != null) ? request.validUntil() : null,
				request != null && Boolean.TRUE.equals(request.revokePrevious()));
		return ResponseEntity.created(URI.create("/api/v1/credentials/" + renewed.id()))
			.body(new IssuedResponse(renewed.id(), renewed.compactJwt(), links.of(renewed)));
	}

	/** Replaces the learner link: the old one stops working at once. */
	@PostMapping("/{id}/learner-link")
	CredentialLinks.Links rotateLearnerLink(@AuthenticationPrincipal PartnerPrincipal caller, @PathVariable UUID id) {
		return links.of(learnerLinks.rotate(caller, id));
	}

	private static @Nullable String reason(@Nullable ChangeRequest request) {
		return (request != null && request.reason() != null && !request.reason().isBlank()) ? request.reason().strip()
				: null;
	}

	@GetMapping
	CredentialPage list(@AuthenticationPrincipal PartnerPrincipal caller,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		Page<CredentialRecord> result = lookup.page(caller.requirePartnerId(), page, size);
		return new CredentialPage(result.getContent().stream().map(this::toResponse).toList(), page, size,
				result.getTotalElements(), result.getTotalPages());
	}

	private CredentialResponse toResponse(CredentialRecord r) {
		return new CredentialResponse(r.id(), r.state(), r.stateChangedAt(), r.stateReason(), r.achievementId(),
				r.issuerId(), new RecipientResponse(r.recipientName(), r.recipientEmail(), r.subjectId()), r.language(),
				r.jwtProfile(), r.validFrom(), r.validUntil(), r.issuedAt(), r.kid(), r.previousCredentialId(),
				r.compactJwt(), links.of(r));
	}

}
