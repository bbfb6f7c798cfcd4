package org.skillcred.core.verification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.util.Base64URL;

/**
 * A compact JWS taken apart: its header, the exact bytes that were signed, and the signature.
 * Built from the header the decoder has already read, so nothing is decoded or parsed twice on the
 * path every verification takes.
 *
 * @param header the protected header (only the parameters verification uses: alg, typ, cty, kid)
 * @param signingInput the ASCII bytes of {@code header.payload} as received
 * @param signature the signature as received
 */
public record JwsParts(JWSHeader header, byte[] signingInput, Base64URL signature) {

	/**
	 * Checks the signature.
	 * @param verifier a verifier for one key
	 * @return whether the signature was made with that key
	 */
	public boolean verify(JWSVerifier verifier) {
		try {
			return verifier.verify(header, signingInput, signature);
		}
		catch (JOSEException ex) {
			return false;
		}
	}

}
