package org.skillcred.core.verification;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.jwk.JWK;
import org.jspecify.annotations.Nullable;

/**
 * Where the verification engine gets issuers' public keys, and which issuers it trusts.
 * <p>
 * Keys are looked up only for trusted issuers and only by {@code kid}; the engine never uses a key
 * or key URL found in the token itself ({@code jwk}, {@code jku}, {@code x5u}, {@code x5c}).
 * Implementations must be thread-safe; the verifier service backs this with cached DID documents
 * and JWKS, the issuer with its own key store.
 */
public interface IssuerKeySource {

	/**
	 * Looks an issuer up on the trust list.
	 * @param issuerId the issuer identifier from the credential
	 * @return the trusted issuer, or empty when it is not trusted
	 */
	Optional<TrustedIssuer> trustedIssuer(String issuerId);

	/**
	 * The issuer's public keys that match a {@code kid}.
	 * @param issuer a trusted issuer
	 * @param kid the {@code kid} header, or null to return all the issuer's keys
	 * @return matching keys, empty when the issuer publishes none with that id
	 * @throws KeysUnavailableException when the keys cannot be obtained
	 */
	List<JWK> keys(TrustedIssuer issuer, @Nullable String kid) throws KeysUnavailableException;

	/**
	 * The same issuers and keys, trusted only for other credential types: a status list verifier
	 * accepts {@code BitstringStatusListCredential}s from the issuers a certificate verifier
	 * trusts, and nothing else.
	 * @param source the key source
	 * @param credentialTypes the types accepted instead of each issuer's own
	 * @return the narrowed key source
	 */
	static IssuerKeySource trustedFor(IssuerKeySource source, Set<String> credentialTypes) {
		return new IssuerKeySource() {

			@Override
			public Optional<TrustedIssuer> trustedIssuer(String issuerId) {
				return source.trustedIssuer(issuerId)
					.map(t -> new TrustedIssuer(t.id(), t.displayName(), t.algorithms(), credentialTypes));
			}

			@Override
			public List<JWK> keys(TrustedIssuer issuer, @Nullable String kid) throws KeysUnavailableException {
				TrustedIssuer original = source.trustedIssuer(issuer.id())
					.orElseThrow(() -> new KeysUnavailableException("Issuer no longer trusted"));
				return source.keys(original, kid);
			}

		};
	}

}
