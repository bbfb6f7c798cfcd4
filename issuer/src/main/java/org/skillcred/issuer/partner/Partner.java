package org.skillcred.issuer.partner;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A partner organisation that issues credentials through the API. Owns its API keys (hashed).
 */
@Table("partner")
public class Partner {

	@Id
	private final UUID id;

	private final String slug;

	private final String name;

	private final @Nullable String contactEmail;

	private PartnerState state;

	private final boolean ownIssuer;

	private final Instant createdAt;

	@MappedCollection(idColumn = "partner_id")
	private final Set<ApiKey> apiKeys;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Partner(UUID id, String slug, String name, @Nullable String contactEmail, PartnerState state, boolean ownIssuer,
			Instant createdAt, Set<ApiKey> apiKeys, @Nullable Long version) {
		this.id = id;
		this.slug = slug;
		this.name = name;
		this.contactEmail = contactEmail;
		this.state = state;
		this.ownIssuer = ownIssuer;
		this.createdAt = createdAt;
		this.apiKeys = new HashSet<>(apiKeys);
		this.version = version;
	}

	static Partner create(String slug, String name, @Nullable String contactEmail, boolean ownIssuer, Instant now) {
		return new Partner(UUID.randomUUID(), slug, name, contactEmail, PartnerState.ACTIVE, ownIssuer, now, Set.of(),
				null);
	}

	/**
	 * Whether the partner issues in its own name ({@code did:web:<host>:partners:<slug>}, its own
	 * keys) rather than the platform's.
	 * @return true for an own issuer identity
	 */
	public boolean ownIssuer() {
		return ownIssuer;
	}

	/**
	 * Adds an API key and returns it in clear; only its hash is kept.
	 * @param now the current time
	 * @return the new key, to show once
	 */
	String issueApiKey(Instant now) {
		String key = ApiKeys.generate();
		addApiKey(key, now);
		return key;
	}

	void addApiKey(String key, Instant now) {
		apiKeys.add(new ApiKey(ApiKeys.hash(key), ApiKeys.prefixOf(key), now));
	}

	void disable() {
		this.state = PartnerState.DISABLED;
	}

	public boolean isActive() {
		return state == PartnerState.ACTIVE;
	}

	public UUID id() {
		return id;
	}

	public String slug() {
		return slug;
	}

	public String name() {
		return name;
	}

	public @Nullable String contactEmail() {
		return contactEmail;
	}

	public PartnerState state() {
		return state;
	}

	public Instant createdAt() {
		return createdAt;
	}

	int apiKeyCount() {
		return apiKeys.size();
	}

}
