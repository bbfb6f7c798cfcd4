package org.skillcred.issuer.certificate;

import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
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

	/**
	 * Encodes a URL, making sure the symbol is read back by ZXing's own detector. Now and then the
	 * mask the encoder picks leaves a run of data modules that looks like a finder pattern, and
	 * ZXing-based scanners then misread an otherwise perfect code (checksum error). Such a symbol
	 * is re-encoded with the next mask that reads back.
	 * @param url the verification URL
	 * @return the QR code
	 */
	static QRCode encode(String url) {
		QRCode code = encode(url, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
		if (code.getVersion().getVersionNumber() > MAX_VERSION) {
			throw new IllegalArgumentException("The verification URL is too long for a QR code of version "
					+ MAX_VERSION + " or below: " + url.length() + " characters");
		}
		for (int mask = 0; !readsBack(code, url) && mask < 8; mask++) {
			QRCode other = encode(url, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.QR_MASK_PATTERN, mask));
			if (readsBack(other, url)) {
				return other;
			}
		}
		return code;
	}

	private static QRCode encode(String url, Map<EncodeHintType, ?> hints) {
		try {
			return Encoder.encode(url, ErrorCorrectionLevel.M, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("The verification URL cannot be encoded as a QR code", ex);
		}
	}

	/** Decodes the symbol as a scanner would (finder-pattern detection, not a pure-barcode shortcut). */
	static boolean readsBack(QRCode code, String url) {
		try {
			Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
					new BufferedImageLuminanceSource(MatrixToImageWriter.toBufferedImage(bits(code, 3))))));
			return url.equals(result.getText());
		}
		catch (ReaderException ex) {
			return false;
		}
	}

	/**
	 * The symbol as a bitmap, quiet zone included.
	 * @param code the QR code
	 * @param modulePixels pixels per module
	 * @return one bit per pixel, set where dark
	 */
	static BitMatrix bits(QRCode code, int modulePixels) {
		ByteMatrix matrix = code.getMatrix();
		BitMatrix bits = new BitMatrix((matrix.getWidth() + 2 * QUIET_ZONE) * modulePixels);
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y) == 1) {
					bits.setRegion((x + QUIET_ZONE) * modulePixels, (y + QUIET_ZONE) * modulePixels, modulePixels,
							modulePixels);
				}
			}
		}
		return bits;
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
