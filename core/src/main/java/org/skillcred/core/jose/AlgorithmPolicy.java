package org.skillcred.core.jose;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.JWSAlgorithm;

/**
 * An allow-list of JWS algorithms.
 * <p>
 * Only asymmetric signature algorithms SkillCred can verify quickly and safely are allowed:
 * {@code ES256} (the default), {@code EdDSA}/{@code Ed25519}, {@code RS256} and {@code PS256}.
 * {@code none} and every HMAC algorithm are refused at construction, so no configuration can
 * enable them. Immutable and thread-safe.
 *
 * @param algorithms the allowed algorithms, never empty
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8725#section-3.1">RFC 8725 §3.1 Perform Algorithm Verification</a>
 */
public record AlgorithmPolicy(Set<JWSAlgorithm> algorithms) {

	/** Algorithms SkillCred implements; anything else is rejected even if configured. */
	public static final Set<JWSAlgorithm> SUPPORTED = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.EdDSA,
			JWSAlgorithm.Ed25519, JWSAlgorithm.RS256, JWSAlgorithm.PS256);

	/** The default policy: ES256 only. */
	public static final AlgorithmPolicy DEFAULT = new AlgorithmPolicy(Set.of(JWSAlgorithm.ES256));

	public AlgorithmPolicy {
		if (algorithms.isEmpty()) {
			throw new IllegalArgumentException("At least one algorithm must be allowed");
		}
		for (JWSAlgorithm alg : algorithms) {
			if (!SUPPORTED.contains(alg)) {
				throw new IllegalArgumentException("Algorithm not supported: " + alg
						+ " (allowed: ES256, EdDSA, Ed25519, RS256, PS256; never none or HMAC)");
			}
		}
		algorithms = Set.copyOf(algorithms);
	}

	/**
	 * Parses algorithm names such as {@code ES256}.
	 * @param names the names
	 * @return the policy
	 * @throws IllegalArgumentException for {@code none}, HMAC or unknown names
	 */
	public static AlgorithmPolicy of(Collection<String> names) {
		Set<JWSAlgorithm> algs = new LinkedHashSet<>();
		for (String name : names) {
			if (Algorithm.NONE.getName().equalsIgnoreCase(name.trim())) {
				throw new IllegalArgumentException("Algorithm 'none' can never be allowed");
			}
			algs.add(JWSAlgorithm.parse(name.trim()));
		}
		return new AlgorithmPolicy(algs);
	}

	/**
	 * Whether an algorithm is allowed.
	 * @param alg the algorithm from a JWS header
	 * @return true when it is on the list
	 */
	public boolean allows(JWSAlgorithm alg) {
		return algorithms.contains(alg);
	}

	/**
	 * The intersection with another policy, for example a trusted issuer's own list.
	 * @param other the other policy
	 * @return the algorithms allowed by both
	 * @throws IllegalArgumentException when nothing is left
	 */
	public AlgorithmPolicy intersect(AlgorithmPolicy other) {
		Set<JWSAlgorithm> both = new LinkedHashSet<>(algorithms);
		both.retainAll(other.algorithms);
		return new AlgorithmPolicy(both);
	}

}
