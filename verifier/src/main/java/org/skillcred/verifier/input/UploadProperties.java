package org.skillcred.verifier.input;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded files.
 *
 * @param maxImagePixels the largest image (width × height) decoded for a QR code
 * @param maxPdfPages the most pages a certificate PDF may have
 * @param maxAttachmentSize the largest embedded credential read from a PDF
 */
@ConfigurationProperties("verifier.upload")
record UploadProperties(@DefaultValue("40000000") long maxImagePixels, @DefaultValue("20") int maxPdfPages,
		@DefaultValue("256KB") DataSize maxAttachmentSize) {
}
