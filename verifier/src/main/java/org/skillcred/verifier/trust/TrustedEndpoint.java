package org.skillcred.verifier.trust;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.did.DidDocument;
import org.skillcred.core.did.DidWeb;
import org.skillcred.core.jose.AlgorithmPolicy;
import org.skillcred.core.verification.TrustedIssuer;

/**
 * A trusted issuer at run time: who it is, which hosts may be contacted for it, and its keys as a
 * cached Nimbus {@link JWKSource} (TTL, refresh-ahead, rate limit, outage tolerance).
 * <p>
 * For a {@code did:web} issuer the key source reads its DID document and takes every assertion
 * key, not just the first; for an https issuer it reads its JWKS.
 */
public final class TrustedEndpoint {

	private final TrustedIssuerConfig config;

	private final TrustedIssuer issuer;

	private final URI baseUrl;

	private final URI keysUrl;

	private final Set<String> authorities;

	private final JWKSource<SecurityContext> keys;

	TrustedEndpoint(TrustedIssuerConfig config, SafeHttpClient http, TrustProperties.Keys cache) {
		this.config = config;
		this.issuer = new TrustedIssuer(config.id(), config.name(), AlgorithmPolicy.of(config.algorithms()),
				Set.copyOf(config.credentialTypes()));
		boolean did = config.id().startsWith(DidWeb.PREFIX);
		if (!did && !config.id().startsWith("https://") && !config.id().startsWith("http://")) {
			throw new IllegalArgumentException("Trusted issuer id must be a did:web DID or an https URL: " + config.id());
		}
		this.baseUrl = did ? DidWeb.baseUrl(config.id()) : URI.create(stripSlash(config.id()));
		this.keysUrl = did ? DidWeb.documentUrl(config.id())
				: (config.jwksUri() != null) ? config.jwksUri() : URI.create(baseUrl + "/.well-known/jwks.json");
		Set<String> hosts = new LinkedHashSet<>();
		hosts.add(SafeHttpClient.authority(baseUrl));
		hosts.add(SafeHttpClient.authority(keysUrl));
		this.authorities = Set.copyOf(hosts);
		this.keys = buildKeySource(did, http, cache);
	}

	private JWKSource<SecurityContext> buildKeySource(boolean did, SafeHttpClient http, TrustProperties.Keys cache) {
		String id = config.id();
		try {
			return JWKSourceBuilder.<SecurityContext>create(keysUrl.toURL(), url -> {
				String body = http.get(keysUrl, authorities, did ? "application/did+ld+json, application/json"
						: "application/jwk-set+json, application/json");
				if (!did) {
					return new Resource(body, "application/json");
				}
				// present the DID document's assertion keys to Nimbus as a JWK set
				try {
					JWKSet set = new JWKSet(DidDocument.assertionKeys(CredentialJson.defaults().read(body), id));
					return new Resource(set.toString(true), "application/json");
				}
				catch (RuntimeException ex) {
					throw new java.io.IOException("Unusable DID document for " + id);
				}
			})
				.cache(cache.cacheTtl().toMillis(), http.readTimeout().toMillis() + 1000)
				// refresh ahead of expiry only when the cache lives long enough for it to matter
				.refreshAheadCache(cache.cacheTtl().compareTo(java.time.Duration.ofMinutes(1)) > 0)
				.rateLimited(cache.rateLimit().toMillis())
				.outageTolerant(cache.outageTolerance().toMillis())
				.retrying(false)
				.build();
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException("Bad key URL for " + id, ex);
		}
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	public TrustedIssuerConfig config() {
		return config;
	}

	public TrustedIssuer issuer() {
		return issuer;
	}

	/**
	 * The public URL of one of this issuer's credentials.
	 * @param id the credential id
	 * @return {@code <base>/credentials/<id>}
	 */
	public URI credentialUrl(UUID id) {
		return URI.create(baseUrl + "/credentials/" + id);
	}

	/**
	 * The hosts requests on behalf of this issuer may go to.
	 * @return {@code host[:port]} values
	 */
	public Set<String> authorities() {
		return authorities;
	}

	JWKSource<SecurityContext> keys() {
		return keys;
	}

}
