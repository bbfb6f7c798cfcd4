package org.skillcred.core.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;

/**
 * Key identifiers: RFC 7638 thumbprints and the DID URLs built from them.
 * <p>
 * A SkillCred key's {@code kid} is {@code <issuer DID>#<thumbprint>}: an absolute DID URL, as
 * VC-JOSE-COSE requires when the key is expressed in a DID document, and derived from the key
 * itself so that it can never point at another key.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7638">RFC 7638 JWK Thumbprint</a>
 */
public final class KeyIds {

	private KeyIds() {
	}

	/**
	 * The base64url SHA-256 thumbprint of a key's public part.
	 * @param jwk the key
	 * @return the thumbprint
	 */
	public static String thumbprint(JWK jwk) {
		try {
			return jwk.toPublicJWK().computeThumbprint().toString();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("SHA-256 thumbprint failed", ex);
		}
	}

	/**
	 * The thumbprint of a Java public key (EC P-256 or RSA), for matching a key found in an X.509
	 * certificate against published JWKs whatever the certificate's encoding of it.
	 * @param key the public key
	 * @return the thumbprint, or null for an unsupported key type
	 */
	public static @org.jspecify.annotations.Nullable String thumbprint(java.security.PublicKey key) {
		if (key instanceof java.security.interfaces.ECPublicKey ec) {
			com.nimbusds.jose.jwk.Curve curve = com.nimbusds.jose.jwk.Curve.forECParameterSpec(ec.getParams());
			return (curve != null) ? thumbprint(new com.nimbusds.jose.jwk.ECKey.Builder(curve, ec).build()) : null;
		}
		if (key instanceof java.security.interfaces.RSAPublicKey rsa) {
			return thumbprint(new com.nimbusds.jose.jwk.RSAKey.Builder(rsa).build());
		}
		return null;
	}

	/**
	 * The DID URL of a key in an issuer's DID document.
	 * @param did the issuer DID
	 * @param jwk the key
	 * @return {@code did#thumbprint}
	 */
	public static String didUrl(String did, JWK jwk) {
		return did + "#" + thumbprint(jwk);
	}

	/**
	 * The DID part of a DID URL {@code kid}.
	 * @param kid a key id
	 * @return the DID before {@code #}, or null when the kid is not a DID URL
	 */
	public static @org.jspecify.annotations.Nullable String didOf(String kid) {
		int hash = kid.indexOf('#');
		return (kid.startsWith("did:") && hash > 0) ? kid.substring(0, hash) : null;
	}

}
