package org.skillcred.core.verification;

import java.util.Set;

import org.skillcred.core.jose.AlgorithmPolicy;

/**
 * An issuer the verifier trusts, as returned by an {@link IssuerKeySource}.
 * <p>
 * Trust is bounded by what the issuer may sign and what it is trusted <em>for</em>: an issuer
 * signs more than certificates (its status lists, for one), and a status list presented as a
 * certificate must not read as a valid certificate. A credential is accepted only if its
 * {@code type} includes one of {@link #credentialTypes()}; list {@code VerifiableCredential} to
 * accept any credential of the issuer.
 *
 * @param id the issuer identifier as it appears in credentials
 * @param displayName the name to show people
 * @param algorithms the algorithms this issuer may sign with
 * @param credentialTypes the credential types this issuer is trusted to issue
 */
public record TrustedIssuer(String id, String displayName, AlgorithmPolicy algorithms, Set<String> credentialTypes) {

	/** What a certificate can be: an Open Badges 3.0 credential. */
	public static final Set<String> CERTIFICATE_TYPES = Set.of("OpenBadgeCredential", "AchievementCredential");

	/** Every credential: each one's type includes {@code VerifiableCredential}. */
	public static final Set<String> ANY_CREDENTIAL = Set.of("VerifiableCredential");

	public TrustedIssuer {
		credentialTypes = Set.copyOf(credentialTypes);
		if (credentialTypes.isEmpty()) {
			throw new IllegalArgumentException("A trusted issuer must be trusted for at least one credential type");
		}
	}

	/**
	 * An issuer trusted for certificates ({@link #CERTIFICATE_TYPES}) only.
	 * @param id the issuer identifier
	 * @param displayName the name to show people
	 * @param algorithms the algorithms it may sign with
	 */
	public TrustedIssuer(String id, String displayName, AlgorithmPolicy algorithms) {
		this(id, displayName, algorithms, CERTIFICATE_TYPES);
	}

}
