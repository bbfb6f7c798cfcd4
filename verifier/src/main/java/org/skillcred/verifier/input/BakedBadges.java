package org.skillcred.verifier.input;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * Reads the credential out of an Open Badges 3.0 "baked" image: a PNG's {@code iTXt} chunk with the
 * keyword {@code openbadgecredential}, or an SVG's {@code <openbadges:credential>} element.
 * <p>
 * The PNG is walked chunk by chunk from the length fields, without decoding a pixel or inflating
 * anything: the baking rules forbid a compressed credential chunk, and the JDK's PNG metadata reader
 * would inflate compressed text chunks without a bound. The SVG is read with a streaming parser that
 * refuses DTDs and external entities.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#baking">Open Badges 3.0 §5.3 Baking</a>
 */
final class BakedBadges {

	static final String KEYWORD = "openbadgecredential";

	static final String SVG_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private final int maxCredentialLength;

	BakedBadges(int maxCredentialLength) {
		this.maxCredentialLength = maxCredentialLength;
	}

	/**
	 * The credential baked into a PNG.
	 * @param png the file
	 * @return the credential text, or null when the image carries none (a photo of a QR code)
	 * @throws UnusableUploadException when the baking breaks the rules (compressed, twice, oversized)
	 */
	@Nullable String fromPng(byte[] png) throws UnusableUploadException {
		ByteBuffer in = ByteBuffer.wrap(png);
		if (png.length < PNG_SIGNATURE.length || !in.slice(0, PNG_SIGNATURE.length).equals(ByteBuffer.wrap(PNG_SIGNATURE))) {
			return null;
		}
		String found = null;
		int at = PNG_SIGNATURE.length;
		while (at + 8 <= png.length) {
			long length = Integer.toUnsignedLong(in.getInt(at));
			String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
			long end = at + 8 + length + 4; // the data, then its CRC
			if (end > png.length) {
				return found; // a truncated image: whatever was baked before the cut still counts
			}
			if (type.equals("iTXt")) {
				String credential = credentialText(png, at + 8, (int) length);
				if (credential != null) {
					if (found != null) {
						throw badBaking("The image carries two credentials.");
					}
					found = credential;
				}
			}
			if (type.equals("IEND")) {
				break;
			}
			at = (int) end;
		}
		return found;
	}

	/** An iTXt chunk: keyword NUL, compression flag, method, language NUL, translated keyword NUL, text. */
	private @Nullable String credentialText(byte[] png, int from, int length) throws UnusableUploadException {
		int end = from + length;
		int keywordEnd = indexOfNul(png, from, end);
		if (keywordEnd < 0 || !KEYWORD.equals(new String(png, from, keywordEnd - from, StandardCharsets.ISO_8859_1))) {
			return null;
		}
		if (keywordEnd + 2 >= end) {
			throw badBaking("The image's credential chunk is malformed.");
		}
		if (png[keywordEnd + 1] != 0) {
			throw badBaking("The image's credential is compressed, which baking does not allow.");
		}
		int languageEnd = indexOfNul(png, keywordEnd + 3, end);
		int translatedEnd = (languageEnd < 0) ? -1 : indexOfNul(png, languageEnd + 1, end);
		if (translatedEnd < 0) {
			throw badBaking("The image's credential chunk is malformed.");
		}
		int textLength = end - translatedEnd - 1;
		if (textLength > maxCredentialLength) {
			throw badBaking("The image's credential is larger than " + maxCredentialLength + " bytes.");
		}
		return new String(png, translatedEnd + 1, textLength, StandardCharsets.UTF_8).strip();
	}

	private static int indexOfNul(byte[] bytes, int from, int end) {
		for (int i = from; i < end; i++) {
			if (bytes[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The credential baked into an SVG: the {@code verify} attribute of
	 * {@code <openbadges:credential>} (a JWS), else its text (a JSON credential).
	 * @param svg the file
	 * @return the credential text, or null when the image carries none
	 * @throws UnusableUploadException when the file is not readable XML or breaks the limits
	 */
	@Nullable String fromSvg(byte[] svg) throws UnusableUploadException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(svg));
			try {
				int depth = 0;
				while (reader.hasNext()) {
					int event = reader.next();
					if (event == XMLStreamConstants.DTD) {
						throw badBaking("The image declares a document type, which a badge does not need.");
					}
					if (event == XMLStreamConstants.END_ELEMENT) {
						depth--;
					}
					if (event != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					if (++depth > 64) {
						throw badBaking("The image is nested too deeply.");
					}
					if (depth == 1 && !"svg".equals(reader.getLocalName())) {
						return null;
					}
					if (SVG_NAMESPACE.equals(reader.getNamespaceURI()) && "credential".equals(reader.getLocalName())) {
						String verify = reader.getAttributeValue(null, "verify");
						String credential = (verify != null) ? verify : reader.getElementText();
						if (credential.length() > maxCredentialLength) {
							throw badBaking("The image's credential is larger than " + maxCredentialLength + " bytes.");
						}
						return credential.strip();
					}
				}
				return null;
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException | RuntimeException ex) {
			throw new UnusableUploadException(UnusableUploadException.Reason.UNSUPPORTED_FILE,
					"The image is not readable SVG.");
		}
	}

	private static UnusableUploadException badBaking(String message) {
		return new UnusableUploadException(UnusableUploadException.Reason.UNSUPPORTED_FILE, message);
	}

}
