package org.skillcred.verifier.trust;

import java.util.List;
import java.util.Optional;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import org.jspecify.annotations.Nullable;
import org.skillcred.core.verification.IssuerKeySource;
import org.skillcred.core.verification.KeysUnavailableException;
import org.skillcred.core.verification.TrustedIssuer;
import org.springframework.stereotype.Component;

/**
 * The verification engine's view of the trust list: only listed issuers are trusted, and their
 * keys come only from their own DID document or JWKS, never from anything the token names.
 */
@Component
public class IssuerKeys implements IssuerKeySource {

	private final TrustList trustList;

	IssuerKeys(TrustList trustList) {
		this.trustList = trustList;
	}

	@Override
	public Optional<TrustedIssuer> trustedIssuer(String issuerId) {
		return trustList.byId(issuerId).map(TrustedEndpoint::issuer);
	}

	@Override
	public List<JWK> keys(TrustedIssuer issuer, @Nullable String kid) throws KeysUnavailableException {
		TrustedEndpoint endpoint = trustList.byId(issuer.id())
			.orElseThrow(() -> new KeysUnavailableException("Issuer no longer trusted"));
		JWKMatcher matcher = (kid != null) ? new JWKMatcher.Builder().keyID(kid).build() : new JWKMatcher.Builder().build();
		try {
			return endpoint.keys().get(new JWKSelector(matcher), null);
		}
		catch (RateLimitReachedException ex) {
			// the key set was fetched moments ago and has no such key: an unknown key, not an outage
			return List.of();
		}
		catch (KeySourceException ex) {
			throw new KeysUnavailableException("Keys of " + issuer.id() + " unavailable", ex);
		}
	}

}
