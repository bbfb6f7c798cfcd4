package org.skillcred.core.jose;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;

/**
 * Verifies ES256 and EdDSA (Ed25519) signatures with Bouncy Castle directly: the JWS signature
 * format (IEEE P1363 r‖s for ECDSA) goes to the provider as it is, without the DER transcoding and
 * the per-call provider lookup of the generic Nimbus verifiers, and Ed25519 runs on Bouncy Castle
 * rather than Tink. Signature checks dominate verification, so this is where its speed is won.
 * <p>
 * Thread-safe: {@link Signature} objects are not, so each verification borrows one from a small
 * pool (a pool, not a thread-local, because the verifier serves virtual threads). Signature values
 * of the wrong length are refused before any arithmetic; Bouncy Castle itself refuses ECDSA values
 * outside [1, n-1] (so the "psychic signature" {@code r = s = 0} never verifies).
 */
final class BouncyCastleVerifier implements JWSVerifier {

	private static final int MAX_POOLED = 64;

	private final JWSAlgorithm algorithm;

	private final PublicKey key;

	private final String jcaName;

	private final int signatureLength;

	private final Queue<Signature> pool = new ConcurrentLinkedQueue<>();

	private final JCAContext jcaContext = new JCAContext();

	BouncyCastleVerifier(JWSAlgorithm algorithm, PublicKey key) {
		this.algorithm = algorithm;
		this.key = key;
		if (JWSAlgorithm.ES256.equals(algorithm)) {
			this.jcaName = "SHA256withPLAIN-ECDSA";
			this.signatureLength = 64;
		}
		else if (JWSAlgorithm.EdDSA.equals(algorithm) || JWSAlgorithm.Ed25519.equals(algorithm)) {
			this.jcaName = "Ed25519";
			this.signatureLength = 64;
		}
		else {
			throw new IllegalArgumentException("Unsupported algorithm " + algorithm);
		}
	}

	@Override
	public Set<JWSAlgorithm> supportedJWSAlgorithms() {
		return JWSAlgorithm.ES256.equals(algorithm) ? Set.of(JWSAlgorithm.ES256)
				: Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);
	}

	@Override
	public JCAContext getJCAContext() {
		return jcaContext;
	}

	@Override
	public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
		if (!supportedJWSAlgorithms().contains(header.getAlgorithm())) {
			return false;
		}
		byte[] value;
		try {
			value = Base64.getUrlDecoder().decode(signature.toString());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (value.length != signatureLength) {
			return false;
		}
		Signature verifier = pool.poll();
		try {
			if (verifier == null) {
				verifier = Signature.getInstance(jcaName, JoseCrypto.bouncyCastle());
			}
			verifier.initVerify(key);
			verifier.update(signingInput);
			return verifier.verify(value);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
		finally {
			if (verifier != null && pool.size() < MAX_POOLED) {
				pool.offer(verifier);
			}
		}
	}

}
