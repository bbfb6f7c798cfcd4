package org.skillcred.core.verification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.JWK;
import org.jspecify.annotations.Nullable;

/**
 * An {@link IssuerKeySource} over keys held in memory: the issuer's own published keys for its
 * self-check, or fixed keys in tests. Immutable and thread-safe.
 */
public final class StaticIssuerKeySource implements IssuerKeySource {

	private final Map<String, Entry> issuers;

	private StaticIssuerKeySource(Map<String, Entry> issuers) {
		this.issuers = Map.copyOf(issuers);
	}

	/**
	 * Trusts one issuer with the given public keys.
	 * @param issuer the trusted issuer
	 * @param keys its public keys, each with a {@code kid}
	 * @return the key source
	 */
	public static StaticIssuerKeySource of(TrustedIssuer issuer, List<JWK> keys) {
		return new StaticIssuerKeySource(Map.of(issuer.id(), new Entry(issuer, publicOnly(keys))));
	}

	/**
	 * Trusts several issuers.
	 * @param keysByIssuer each trusted issuer with its public keys
	 * @return the key source
	 */
	public static StaticIssuerKeySource of(Map<TrustedIssuer, List<JWK>> keysByIssuer) {
		return new StaticIssuerKeySource(keysByIssuer.entrySet()
			.stream()
			.map(e -> new Entry(e.getKey(), publicOnly(e.getValue())))
			.collect(Collectors.toMap(e -> e.issuer.id(), Function.identity())));
	}

	private static List<JWK> publicOnly(List<JWK> keys) {
		return keys.stream().map(JWK::toPublicJWK).toList();
	}

	@Override
	public Optional<TrustedIssuer> trustedIssuer(String issuerId) {
		return Optional.ofNullable(issuers.get(issuerId)).map(Entry::issuer);
	}

	@Override
	public List<JWK> keys(TrustedIssuer issuer, @Nullable String kid) {
		Entry entry = issuers.get(issuer.id());
		if (entry == null) {
			return List.of();
		}
		return (kid == null) ? entry.keys : entry.keys.stream().filter(k -> kid.equals(k.getKeyID())).toList();
	}

	private record Entry(TrustedIssuer issuer, List<JWK> keys) {
	}

}
