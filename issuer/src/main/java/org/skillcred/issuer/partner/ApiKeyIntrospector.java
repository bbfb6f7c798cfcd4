package org.skillcred.issuer.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Resolves a bearer API key to a {@link PartnerPrincipal}: the administrator when it matches the
 * configured admin key, else the active partner owning a key with that hash.
 */
@Component
class ApiKeyIntrospector implements OpaqueTokenIntrospector {

	private final PartnerRepository partners;

	private final @Nullable String adminKeyHash;

	/**
	 * Keys seen in the last few seconds, by hash: every API call authenticates, and the lookup was
	 * a database round trip on each. A disabled partner is refused by every instance within
	 * {@link #RECENT_KEYS_TTL}; unknown keys are not cached, so a new key works at once.
	 */
	static final Duration RECENT_KEYS_TTL = Duration.ofSeconds(10);

	private final Cache<String, PartnerPrincipal> recent = Caffeine
		.newBuilder()
		.expireAfterWrite(RECENT_KEYS_TTL)
		.maximumSize(10_000)
		.build();

	/** Forgets every cached key at once: called when this instance disables a partner. */
	void forgetRecentKeys() {
		recent.invalidateAll();
	}

	ApiKeyIntrospector(PartnerRepository partners, AdminProperties admin, DemoProperties demo,
			Environment environment) {
		this.partners = partners;
		boolean dev = environment.matchesProfiles("dev");
		if (!dev && demo.enabled()) {
			throw new IllegalStateException(
					"issuer.demo.enabled is only allowed in the dev profile; it seeds a publicly known API key.");
		}
		String hash = admin.apiKeySha256();
		if (hash == null && admin.apiKey() != null && !admin.apiKey().isBlank()) {
			hash = ApiKeys.hash(admin.apiKey());
		}
		if (hash == null && dev) {
			hash = ApiKeys.hash(demo.adminKey());
		}
		if (!dev && hash != null && (hash.equals(ApiKeys.hash(demo.adminKey())) || hash.equals(ApiKeys.hash(demo.apiKey())))) {
			throw new IllegalStateException("The demo admin key is refused outside the dev profile.");
		}
		this.adminKeyHash = hash;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		String hash = ApiKeys.hash(token);
		if (adminKeyHash != null && MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
				adminKeyHash.getBytes(StandardCharsets.US_ASCII))) {
			return PartnerPrincipal.admin();
		}
		PartnerPrincipal partner = recent.get(hash, key -> partners.findByApiKeyHash(key)
			.filter(Partner::isActive)
			.map(p -> PartnerPrincipal.partner(p.id(), p.slug()))
			.orElse(null));
		if (partner == null) {
			throw new BadOpaqueTokenException("Unknown or disabled API key");
		}
		return partner;
	}

}
