package org.skillcred.issuer.certificate;

import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Encodes verification URLs as QR codes (ZXing, error correction M) and draws them as vector
 * squares, with the 4-module quiet zone, so they stay sharp at any print size.
 */
final class QrCodes {

	/** The largest QR version allowed: short links fit in far fewer modules. */
	static final int MAX_VERSION = 10;

	static final int QUIET_ZONE = 4;

	private QrCodes() {
	}

	static QRCode encode(String url) {
		try {
			QRCode code = Encoder.encode(url, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
			if (code.getVersion().getVersionNumber() > MAX_VERSION) {
				throw new IllegalArgumentException("The verification URL is too long for a QR code of version "
						+ MAX_VERSION + " or below: " + url.length() + " characters");
			}
			return code;
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("The verification URL cannot be encoded as a QR code", ex);
		}
	}

	/**
	 * Draws a QR code as black squares on a white square, quiet zone included.
	 * @param canvas where to draw
	 * @param code the QR code
	 * @param x left edge
	 * @param y bottom edge
	 * @param size side length in points
	 */
	static void draw(PdfContentByte canvas, QRCode code, float x, float y, float size) {
		ByteMatrix matrix = code.getMatrix();
		int modules = matrix.getWidth() + 2 * QUIET_ZONE;
		float module = size / modules;
		canvas.saveState();
		canvas.setRGBColorFill(255, 255, 255);
		canvas.rectangle(x, y, size, size);
		canvas.fill();
		canvas.setRGBColorFill(0, 0, 0);
		// one rectangle per horizontal run of dark modules, slightly overlapping the next row, so
		// that rasterisers leave no hairline seams between modules
		float overlap = module * 0.02f;
		for (int row = 0; row < matrix.getHeight(); row++) {
			int col = 0;
			while (col < matrix.getWidth()) {
				if (matrix.get(col, row) != 1) {
					col++;
					continue;
				}
				int start = col;
				while (col < matrix.getWidth() && matrix.get(col, row) == 1) {
					col++;
				}
				canvas.rectangle(x + (start + QUIET_ZONE) * module, y + size - (row + QUIET_ZONE + 1) * module - overlap,
						(col - start) * module, module + overlap);
			}
		}
		canvas.fill();
		canvas.restoreState();
	}

}
