package org.skillcred.issuer.signing;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The X.509 certificate that accompanies PDF signatures.
 *
 * @param certificateChain a PEM file (Spring resource) with the certificate of the platform's
 * active signing key first, then its CA chain, for PDFs that desktop readers should trust; when
 * absent, or when it does not match the active key, a self-signed certificate is generated for the
 * key (the PDF still proves itself against the issuer's published keys)
 */
@ConfigurationProperties("issuer.pdf-signing")
record PdfSigningProperties(@Nullable String certificateChain) {
}
