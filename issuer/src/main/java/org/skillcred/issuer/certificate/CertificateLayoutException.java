package org.skillcred.issuer.certificate;

/**
 * A certificate text that does not fit its box even at the template's smallest size. Raised
 * instead of printing a cut or overflowing text.
 */
public class CertificateLayoutException extends RuntimeException {

	public CertificateLayoutException(String message) {
		super(message);
	}

}
