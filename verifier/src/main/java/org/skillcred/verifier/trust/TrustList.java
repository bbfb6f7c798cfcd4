package org.skillcred.verifier.trust;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The issuers this verifier trusts, read from a YAML file ({@code verifier.trust.list.location})
 * and re-read when the file changes, without a restart. A file that fails to load leaves the
 * previous list in force (and is logged); the first load must succeed.
 * <p>
 * Entries whose configuration did not change keep their key caches across reloads.
 */
@Component
public class TrustList {

	private static final Logger log = LoggerFactory.getLogger(TrustList.class);

	private final Resource resource;

	private final SafeHttpClient http;

	private final TrustProperties properties;

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	/** Partner issuers of platforms that include their partners, created when first seen. */
	private static final int MAX_PARTNER_ENDPOINTS = 1000;

	private static final java.util.regex.Pattern PARTNER_SUFFIX = java.util.regex.Pattern
		.compile(":partners:[a-z0-9]+(-[a-z0-9]+)*");

	private record Snapshot(long lastModified, Map<String, TrustedEndpoint> byId, Map<String, TrustedEndpoint> byRef,
			Map<String, TrustedEndpoint> partners) {
	}

	TrustList(TrustProperties properties, ResourceLoader resources, SafeHttpClient http) throws IOException {
		this.properties = properties;
		this.resource = resources.getResource(properties.list().location());
		this.http = http;
		current.set(load(null));
		log.info("Trusting {} issuer(s) from {}", current.get().byId().size(), resource.getDescription());
	}

	/**
	 * Looks up a trusted issuer by the identifier credentials carry.
	 * @param issuerId a DID or URL
	 * @return the endpoint, or empty when not trusted
	 */
	public Optional<TrustedEndpoint> byId(String issuerId) {
		Snapshot snapshot = current.get();
		TrustedEndpoint exact = snapshot.byId().get(issuerId);
		if (exact != null) {
			return Optional.of(exact);
		}
		int at = issuerId.indexOf(":partners:");
		if (at < 0 || !PARTNER_SUFFIX.matcher(issuerId.substring(at)).matches()) {
			return Optional.empty();
		}
		TrustedEndpoint platform = snapshot.byId().get(issuerId.substring(0, at));
		if (platform == null || !platform.config().includePartners()) {
			return Optional.empty();
		}
		TrustedEndpoint known = snapshot.partners().get(issuerId);
		if (known != null || snapshot.partners().size() >= MAX_PARTNER_ENDPOINTS) {
			return Optional.ofNullable(known);
		}
		return Optional.of(snapshot.partners()
			.computeIfAbsent(issuerId, did -> new TrustedEndpoint(platform.config().forPartner(did), http,
					properties.keys())));
	}

	/**
	 * Whether an endpoint speaks for an issuer: it is that issuer, or a platform that includes its
	 * partners and the issuer is one of them.
	 * @param endpoint a trusted endpoint
	 * @param issuerId an issuer id
	 * @return true when the endpoint may vouch for credentials of that issuer
	 */
	public boolean covers(TrustedEndpoint endpoint, String issuerId) {
		return endpoint.issuer().id().equals(issuerId) || (endpoint.config().includePartners()
				&& issuerId.startsWith(endpoint.issuer().id() + ":partners:") && byId(issuerId).isPresent());
	}

	/**
	 * Looks up a trusted issuer by its short reference in verification links.
	 * @param ref the reference
	 * @return the endpoint, or empty when no trusted issuer has that reference
	 */
	public Optional<TrustedEndpoint> byRef(String ref) {
		return Optional.ofNullable(current.get().byRef().get(ref));
	}

	public List<TrustedEndpoint> all() {
		return List.copyOf(current.get().byId().values());
	}

	@Scheduled(fixedDelayString = "${verifier.trust.list.reload-interval:10s}",
			initialDelayString = "${verifier.trust.list.reload-interval:10s}")
	void reloadIfChanged() {
		try {
			if (!resource.isFile() || resource.lastModified() == current.get().lastModified()) {
				return;
			}
			Snapshot next = load(current.get());
			current.set(next);
			log.info("Trust list reloaded: {} issuer(s)", next.byId().size());
		}
		catch (IOException | RuntimeException ex) {
			log.error("Trust list {} could not be reloaded; keeping the previous list: {}", resource.getDescription(),
					ex.getMessage());
		}
	}

	private Snapshot load(Snapshot previous) throws IOException {
		long modified = resource.isFile() ? resource.lastModified() : 0;
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("trust-list", resource);
		List<TrustedIssuerConfig> configs = sources.isEmpty() ? List.of()
				: new Binder(ConfigurationPropertySources.from(sources.get(0)))
					.bind("issuers", Bindable.listOf(TrustedIssuerConfig.class))
					.orElse(List.of());
		Map<String, TrustedEndpoint> byId = new HashMap<>();
		Map<String, TrustedEndpoint> byRef = new HashMap<>();
		for (TrustedIssuerConfig config : configs) {
			if (config.id() == null || config.ref() == null || config.name() == null
					|| !config.ref().matches("[a-z0-9][a-z0-9-]{0,31}")) {
				throw new IllegalArgumentException("Trust list entry needs id, name and a ref of [a-z0-9-]: " + config);
			}
			TrustedEndpoint reused = (previous != null) ? previous.byId().get(config.id()) : null;
			TrustedEndpoint endpoint = (reused != null && reused.config().equals(config)) ? reused
					: new TrustedEndpoint(config, http, properties.keys());
			if (byId.put(config.id(), endpoint) != null || byRef.put(config.ref(), endpoint) != null) {
				throw new IllegalArgumentException("Duplicate trust list entry: " + config.id() + " / " + config.ref());
			}
		}
		return new Snapshot(modified, Map.copyOf(byId), Map.copyOf(byRef),
				new java.util.concurrent.ConcurrentHashMap<>());
	}

}
