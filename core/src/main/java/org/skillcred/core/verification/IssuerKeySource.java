package org.skillcred.core.verification;

import java.util.List;
import java.util.Optional;

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

}
