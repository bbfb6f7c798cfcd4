package org.skillcred.verifier.input;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded file into what it carries: a compact JWT (from a {@code .jwt} file or a PDF's
 * attachment) or the text of a QR code (a verification link, or a JWT). The file type is taken
 * from its first bytes, never from its name or declared media type.
 */
@Component
public class UploadReader {

	private final QrCodes qrCodes;

	private final CertificatePdfs pdfs;

	UploadReader(UploadProperties properties) {
		this.qrCodes = new QrCodes(properties.maxImagePixels());
		this.pdfs = new CertificatePdfs(properties.maxPdfPages(), (int) properties.maxAttachmentSize().toBytes());
	}

	/**
	 * What an upload carried.
	 *
	 * @param source what kind of file it was
	 * @param content a compact JWT or a verification link
	 * @param pdfSignature for a PDF, what its digital signature says
	 */
	public record Extracted(Source source, String content, @Nullable PdfSignatureInfo pdfSignature) {
	}

	/** The kinds of upload. */
	public enum Source {

		PDF, QR_IMAGE, JWT_FILE

	}

	public Extracted read(byte[] bytes) throws UnusableUploadException {
		if (startsWith(bytes, "%PDF-")) {
			CertificatePdfs.Contents contents = pdfs.read(bytes);
			return new Extracted(Source.PDF, contents.credential(), contents.signature());
		}
		if (startsWith(bytes, "\u0089PNG") || (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF
				&& (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF)) {
			return new Extracted(Source.QR_IMAGE, qrCodes.read(bytes), null);
		}
		String text = new String(bytes, StandardCharsets.US_ASCII).strip();
		if (text.startsWith("ey") && text.chars().allMatch(c -> c == '.' || c == '-' || c == '_'
				|| Character.isLetterOrDigit(c))) {
			return new Extracted(Source.JWT_FILE, text, null);
		}
		throw new UnusableUploadException(UnusableUploadException.Reason.UNSUPPORTED_FILE,
				"Upload a certificate PDF, a photo of its QR code (PNG or JPEG) or a credential (.jwt) file.");
	}

	private static boolean startsWith(byte[] bytes, String magic) {
		if (bytes.length < magic.length()) {
			return false;
		}
		for (int i = 0; i < magic.length(); i++) {
			if ((bytes[i] & 0xFF) != magic.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
