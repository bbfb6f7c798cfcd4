package org.skillcred.issuer.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;

/**
 * Compresses a template image's pixels once, when the template is first used. OpenPDF decodes a
 * PNG with an alpha channel into raw pixels and deflates them again into every document it is
 * placed in: for a 240 × 240 logo that was a third of a certificate's rendering time. An image
 * marked as already deflated is copied into the PDF as it is.
 */
final class PrecompressedImages {

	private PrecompressedImages() {
	}

	/**
	 * The same image, with its raw pixels (and those of its soft mask) deflated.
	 * @param decoded an image as OpenPDF read it
	 * @return an equivalent image whose data need no compression per document; the image itself
	 * when it is not raw pixels (JPEG, for example) or is already compressed
	 * @throws DocumentException when OpenPDF refuses the copy
	 */
	static Image of(Image decoded) throws DocumentException {
		if (!decoded.isImgRaw() || decoded.isDeflated() || decoded.getAdditional() != null) {
			return decoded;
		}
		Image compressed = Image.getInstance((int) decoded.getWidth(), (int) decoded.getHeight(),
				decoded.getColorspace(), decoded.getBpc(), deflate(decoded.getRawData()), decoded.getTransparency());
		compressed.setDeflated(true);
		compressed.setInverted(decoded.isInverted());
		compressed.setDpi(decoded.getDpiX(), decoded.getDpiY());
		if (decoded.hasICCProfile()) {
			compressed.tagICC(decoded.getICCProfile());
		}
		if (decoded.isMask()) {
			compressed.makeMask();
		}
		compressed.setSmask(decoded.isSmask());
		if (decoded.getImageMask() != null) {
			compressed.setImageMask(of(decoded.getImageMask()));
		}
		return compressed;
	}

	private static byte[] deflate(byte[] raw) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
			stream.write(raw);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Compressing in memory cannot fail", ex);
		}
		finally {
			deflater.end();
		}
		return out.toByteArray();
	}

}
