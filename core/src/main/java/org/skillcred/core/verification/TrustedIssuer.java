package org.skillcred.core.verification;

import org.skillcred.core.jose.AlgorithmPolicy;

/**
 * An issuer the verifier trusts, as returned by an {@link IssuerKeySource}.
 *
 * @param id the issuer identifier as it appears in credentials
 * @param displayName the name to show people
 * @param algorithms the algorithms this issuer may sign with
 */
public record TrustedIssuer(String id, String displayName, AlgorithmPolicy algorithms) {
}
