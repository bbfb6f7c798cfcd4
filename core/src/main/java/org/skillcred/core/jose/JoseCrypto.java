package org.skillcred.core.jose;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.crypto.bc.BouncyCastleProviderSingleton;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * Creates Nimbus signers and verifiers for JWKs, wired for speed.
 * <p>
 * ECDSA runs on the Bouncy Castle provider: on JDK 17 it signs ~5x and verifies ~10x faster than
 * SunEC, and its verify benefits from precomputation cached on the public-key object, so callers
 * should create one verifier per key and reuse it. The keys are converted to Bouncy Castle key
 * objects once, here, not on every operation. Ed25519 uses Nimbus' Tink-based implementation.
 * Every returned signer and verifier is thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7518#section-3.4">RFC 7518 §3.4 ECDSA</a>
 */
public final class JoseCrypto {

	private static final Provider BC = BouncyCastleProviderSingleton.getInstance();

	private JoseCrypto() {
	}

	/**
	 * The JWS algorithm a key signs with: its {@code alg} member if set, else ES256 for P-256,
	 * EdDSA for Ed25519 and RS256 for RSA.
	 * @param jwk the key
	 * @return the algorithm
	 * @throws IllegalArgumentException for key types SkillCred does not sign with
	 */
	public static JWSAlgorithm algorithmFor(JWK jwk) {
		if (jwk.getAlgorithm() != null) {
			JWSAlgorithm alg = JWSAlgorithm.parse(jwk.getAlgorithm().getName());
			if (!AlgorithmPolicy.SUPPORTED.contains(alg) || !fits(jwk, alg)) {
				throw new IllegalArgumentException("Key " + jwk.getKeyID() + " declares unsupported alg " + alg);
			}
			return alg;
		}
		if (jwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
			return JWSAlgorithm.ES256;
		}
		if (jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
			return JWSAlgorithm.EdDSA;
		}
		if (jwk instanceof RSAKey rsa && rsa.size() >= 2048) {
			return JWSAlgorithm.RS256;
		}
		throw new IllegalArgumentException("Unsupported signing key type: " + jwk.getKeyType() + " "
				+ ((jwk instanceof ECKey ec) ? ec.getCurve() : ""));
	}

	/**
	 * Whether a key can produce or check signatures of an algorithm. Prevents algorithm confusion:
	 * an RSA key is never used for ES256, an EC key never for EdDSA.
	 * @param jwk the key
	 * @param alg the algorithm
	 * @return true when the key type and curve match the algorithm
	 */
	public static boolean fits(JWK jwk, JWSAlgorithm alg) {
		if (jwk.getAlgorithm() != null && !jwk.getAlgorithm().getName().equals(alg.getName())
				&& !(isEdDsa(alg) && isEdDsa(JWSAlgorithm.parse(jwk.getAlgorithm().getName())))) {
			return false;
		}
		if (JWSAlgorithm.ES256.equals(alg)) {
			return jwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve());
		}
		if (isEdDsa(alg)) {
			return jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve());
		}
		if (JWSAlgorithm.RS256.equals(alg) || JWSAlgorithm.PS256.equals(alg)) {
			return jwk instanceof RSAKey rsa && rsa.size() >= 2048;
		}
		return false;
	}

	private static boolean isEdDsa(JWSAlgorithm alg) {
		return JWSAlgorithm.EdDSA.equals(alg) || JWSAlgorithm.Ed25519.equals(alg);
	}

	/**
	 * Creates a signer for a private JWK.
	 * @param privateJwk a key with its private part
	 * @return a thread-safe signer
	 * @throws IllegalArgumentException when the key is public-only or of an unsupported type
	 */
	public static JWSSigner signer(JWK privateJwk) {
		if (!privateJwk.isPrivate()) {
			throw new IllegalArgumentException("A private key is needed to sign");
		}
		try {
			if (privateJwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
				PrivateKey bcKey = KeyFactory.getInstance("EC", BC)
					.generatePrivate(new PKCS8EncodedKeySpec(ec.toECPrivateKey().getEncoded()));
				ECDSASigner signer = new ECDSASigner(bcKey, Curve.P_256);
				signer.getJCAContext().setProvider(BC);
				return signer;
			}
			if (privateJwk instanceof OctetKeyPair okp) {
				return new Ed25519Signer(okp);
			}
			if (privateJwk instanceof RSAKey rsa) {
				return new RSASSASigner(rsa);
			}
		}
		catch (JOSEException | java.security.GeneralSecurityException ex) {
			throw new IllegalArgumentException("Cannot create a signer for key " + privateJwk.getKeyID(), ex);
		}
		throw new IllegalArgumentException("Unsupported signing key type: " + privateJwk.getKeyType());
	}

	/** The Bouncy Castle provider every signer and verifier here uses. */
	static Provider bouncyCastle() {
		return BC;
	}

	/** RFC 8410: the fixed SubjectPublicKeyInfo prefix of an Ed25519 key, then its 32 bytes. */
	private static byte[] ed25519SubjectPublicKeyInfo(byte[] x) {
		byte[] prefix = { 0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00 };
		byte[] spki = java.util.Arrays.copyOf(prefix, prefix.length + x.length);
		System.arraycopy(x, 0, spki, prefix.length, x.length);
		return spki;
	}

	/**
	 * Creates a verifier for a public JWK. Reuse it: for EC keys it holds a Bouncy Castle public
	 * key whose precomputed tables make later verifications faster.
	 * @param jwk the key (private parts, if any, are ignored)
	 * @return a thread-safe verifier
	 * @throws IllegalArgumentException when the key is of an unsupported type or invalid
	 */
	public static JWSVerifier verifier(JWK jwk) {
		JWK publicJwk = jwk.toPublicJWK();
		try {
			if (publicJwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
				ECPublicKey bcKey = (ECPublicKey) KeyFactory.getInstance("EC", BC)
					.generatePublic(new X509EncodedKeySpec(ec.toECPublicKey().getEncoded()));
				return new BouncyCastleVerifier(JWSAlgorithm.ES256, bcKey);
			}
			if (publicJwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
				return new BouncyCastleVerifier(JWSAlgorithm.EdDSA, KeyFactory.getInstance("Ed25519", BC)
					.generatePublic(new X509EncodedKeySpec(ed25519SubjectPublicKeyInfo(okp.getDecodedX()))));
			}
			if (publicJwk instanceof RSAKey rsa && rsa.size() >= 2048) {
				return new RSASSAVerifier(rsa);
			}
		}
		catch (JOSEException | java.security.GeneralSecurityException ex) {
			throw new IllegalArgumentException("Cannot create a verifier for key " + jwk.getKeyID(), ex);
		}
		throw new IllegalArgumentException("Unsupported verification key type: " + jwk.getKeyType());
	}

}
