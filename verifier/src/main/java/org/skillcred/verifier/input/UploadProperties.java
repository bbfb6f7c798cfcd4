package org.skillcred.verifier.input;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded files: every upload is read with bounded memory and time, by a bounded number
 * of threads, so hostile uploads cannot starve the verification of links.
 *
 * @param maxImagePixels the largest image (width × height) accepted for a QR code
 * @param maxDecodedImageSize the most bytes an image may decode to at full resolution (width ×
 * height × bytes per pixel); a larger one (a 16-bit PNG of many megapixels) cannot be a photo of a
 * QR code and is refused before any pixel is decoded
 * @param decodePixels images larger than this are read subsampled to about this many pixels, plenty
 * for a QR code in a phone photo
 * @param maxPdfPages the most pages a certificate PDF may have
 * @param maxPdfObjects the most objects (cross-reference entries) a certificate PDF may have
 * @param maxPdfNesting the deepest nesting of arrays and dictionaries in a certificate PDF
 * @param maxAttachmentSize the largest embedded credential read from a PDF
 * @param readTimeout the longest one upload of up to 8 MB may take to read (larger ones get this for
 * each started 8 MB); beyond it the answer is 422
 * @param concurrentReads how many uploads one instance reads at once (0: one less than the
 * processors, at least one)
 * @param queuedReads how many more may wait for a reader; beyond that the answer is 503
 * @param maxBufferedUploads the most upload bytes one instance holds in memory at once; an upload
 * that finds no room within the read timeout is answered 503
 */
@ConfigurationProperties("verifier.upload")
record UploadProperties(@DefaultValue("120000000") long maxImagePixels,
		@DefaultValue("480MB") DataSize maxDecodedImageSize, @DefaultValue("6000000") long decodePixels,
		@DefaultValue("20") int maxPdfPages, @DefaultValue("5000") int maxPdfObjects,
		@DefaultValue("64") int maxPdfNesting, @DefaultValue("256KB") DataSize maxAttachmentSize,
		@DefaultValue("1500ms") Duration readTimeout, @DefaultValue("0") int concurrentReads,
		@DefaultValue("8") int queuedReads, @DefaultValue("160MB") DataSize maxBufferedUploads) {

	int readers() {
		return (concurrentReads > 0) ? concurrentReads
				: Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
	}

}
