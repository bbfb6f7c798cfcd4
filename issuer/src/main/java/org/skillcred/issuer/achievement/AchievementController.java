package org.skillcred.issuer.achievement;

import java.net.URI;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.skillcred.core.jose.JwtProfile;
import org.skillcred.issuer.certificate.TemplateCatalog;
import org.skillcred.issuer.partner.PartnerManagement;
import org.skillcred.issuer.system.SupportedLanguage;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.skillcred.issuer.signing.IssuerProperties;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists a partner's achievements; lets the administrator define new ones.
 */
@RestController
class AchievementController {

	private final AchievementCatalog catalog;

	private final PartnerManagement partners;

	private final IssuerProperties issuer;

	private final TemplateCatalog templates;

	AchievementController(AchievementCatalog catalog, PartnerManagement partners, IssuerProperties issuer,
			TemplateCatalog templates) {
		this.templates = templates;
		this.catalog = catalog;
		this.partners = partners;
		this.issuer = issuer;
	}

	record AlignmentRequest(@NotBlank @Size(max = 200) String targetName,
			@NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String targetUrl,
			@Nullable @Size(max = 200) String targetFramework, @Nullable @Size(max = 64) String targetCode) {
	}

	record AchievementRequest(
			@NotBlank @Size(max = 48) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
					message = "must be lower-case letters, digits and single hyphens") String slug,
			@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 2000) String description,
			@Nullable @Size(max = 4000) String criteriaNarrative,
			@Nullable @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String criteriaUrl,
			@Nullable @Size(max = 64) @Pattern(regexp = "[A-Za-z:]+", message = "must be an OB 3.0 achievement type") String achievementType,
			@Nullable @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String imageUrl,
			@Nullable @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+", message = "must be a template key") String templateKey,
			@Nullable JwtProfile jwtProfile,
			@Nullable @Pattern(regexp = "P(\\d+Y)?(\\d+M)?(\\d+D)?", message = "must be an ISO-8601 period such as P2Y") String validity,
			@Nullable @SupportedLanguage String language,
			@Nullable @Size(max = 50) List<@Valid AlignmentRequest> alignments) {
	}

	record AchievementResponse(UUID id, String slug, String name, String description,
			@Nullable String criteriaNarrative, @Nullable String criteriaUrl, String achievementType,
			@Nullable String imageUrl, String templateKey, JwtProfile jwtProfile, @Nullable String validity,
			String language, List<AlignmentRef> alignments, Instant createdAt) {

		static AchievementResponse of(Achievement a) {
			return new AchievementResponse(a.id(), a.slug(), a.name(), a.description(), a.criteriaNarrative(),
					a.criteriaUrl(), a.achievementType(), a.imageUrl(), a.templateKey(), a.jwtProfile(),
					(a.validity() != null) ? a.validity().toString() : null, a.language(), a.alignments(),
					a.createdAt());
		}

	}

	@GetMapping("/api/v1/achievements")
	List<AchievementResponse> list(@AuthenticationPrincipal PartnerPrincipal caller) {
		return catalog.list(caller.requirePartnerId()).stream().map(AchievementResponse::of).toList();
	}

	/**
	 * The public description of an achievement: the URL that every credential's
	 * {@code achievement.id} names.
	 */
	@GetMapping("/achievements/{id}")
	ResponseEntity<org.skillcred.core.credential.Achievement> publicAchievement(@PathVariable UUID id) {
		Achievement achievement = catalog.findPublic(id)
			.orElseThrow(() -> IssuerException.notFound("Achievement " + id));
		return ResponseEntity.ok()
			.cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
			.body(achievement.toOpenBadge(issuer.baseUrl()));
	}

	@PostMapping("/api/v1/admin/partners/{partnerId}/achievements")
	ResponseEntity<AchievementResponse> define(@PathVariable UUID partnerId,
			@Valid @RequestBody AchievementRequest request) {
		partners.get(partnerId);
		if (request.criteriaNarrative() == null && request.criteriaUrl() == null) {
			throw new IssuerException(ProblemCode.INVALID_FIELD, "Give criteriaNarrative or criteriaUrl.");
		}
		String templateKey = (request.templateKey() != null) ? request.templateKey() : "course-completion";
		if (templates.latest(templateKey).isEmpty()) {
			throw new IssuerException(ProblemCode.UNKNOWN_TEMPLATE, "There is no certificate template '" + templateKey + "'.");
		}
		if (request.jwtProfile() != null && !request.jwtProfile().signable()) {
			throw new IssuerException(ProblemCode.INVALID_FIELD, "jwtProfile must be VC_JWT or OB3_JWT.");
		}
		Period validity = (request.validity() != null && !request.validity().equals("P"))
				? Achievement.validityOf(request.validity()) : null;
		Achievement achievement = catalog.define(partnerId,
				new Achievement.Definition(request.slug(), request.name(), request.description(),
						request.criteriaNarrative(), request.criteriaUrl(),
						(request.achievementType() != null) ? request.achievementType() : "Certificate",
						request.imageUrl(), templateKey,
						(request.jwtProfile() != null) ? request.jwtProfile() : JwtProfile.VC_JWT, validity,
						(request.language() != null) ? request.language() : "en",
						(request.alignments() != null) ? request.alignments()
							.stream()
							.map(r -> new AlignmentRef(r.targetName(), r.targetUrl(), r.targetFramework(), r.targetCode()))
							.toList() : List.of()));
		return ResponseEntity.created(URI.create("/api/v1/achievements/" + achievement.id()))
			.body(AchievementResponse.of(achievement));
	}

}
