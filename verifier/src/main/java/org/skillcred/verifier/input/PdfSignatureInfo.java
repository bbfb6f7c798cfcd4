package org.skillcred.verifier.input;

import java.security.PublicKey;

import org.jspecify.annotations.Nullable;

/**
 * What a certificate PDF's digital signature says.
 *
 * @param signed whether the PDF carries a signature
 * @param intact whether the signature verifies and covers the whole file
 * @param signerKey the public key that made it, if it could be read
 * @param signerName the signing certificate's subject, if any
 */
public record PdfSignatureInfo(boolean signed, boolean intact, @Nullable PublicKey signerKey,
		@Nullable String signerName) {

	static PdfSignatureInfo unsigned() {
		return new PdfSignatureInfo(false, false, null, null);
	}

	static PdfSignatureInfo broken(@Nullable String signerName) {
		return new PdfSignatureInfo(true, false, null, signerName);
	}

}
