package org.skillcred.issuer.certificate;

import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
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

	/**
	 * Symbols already chosen, by URL: the certificate, its PNG and SVG and a re-render after a
	 * revocation all carry the same link, and the read-back is the costly part.
	 */
	private static final Cache<String, QRCode> CHOSEN = Caffeine.newBuilder().maximumSize(1024).build();

	/** Pixels per module of the read-back renders: crisp, and fractional with anti-aliased edges. */
	static final double[] READ_BACK_SIZES = { 4, 2.5, 4.7, 5.2, 5.5 };

	private QrCodes() {
	}

	/**
	 * Encodes a URL, making sure the symbol is read back by ZXing's own detector. Now and then the
	 * mask the encoder picks leaves data modules that look like a finder pattern, or that the
	 * detector loses at some module sizes once edges are anti-aliased; ZXing-based scanners then
	 * misread an otherwise perfect code. The symbol is read back at several sizes, and if any read
	 * fails, the mask that reads back best is used instead.
	 * @param url the verification URL
	 * @return the QR code
	 */
	static QRCode encode(String url) {
		return CHOSEN.get(url, QrCodes::choose);
	}

	private static QRCode choose(String url) {
		QRCode code = encode(url, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
		if (code.getVersion().getVersionNumber() > MAX_VERSION) {
			throw new IllegalArgumentException("The verification URL is too long for a QR code of version "
					+ MAX_VERSION + " or below: " + url.length() + " characters");
		}
		int best = readsBack(code, url);
		int chosenByEncoder = code.getMaskPattern();
		for (int mask = 0; best < READ_BACK_SIZES.length && mask < 8; mask++) {
			if (mask == chosenByEncoder) {
				continue;
			}
			QRCode other = encode(url, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.QR_MASK_PATTERN, mask));
			int reads = readsBack(other, url);
			if (reads > best) {
				best = reads;
				code = other;
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

	/**
	 * Reads the symbol back as a scanner would (finder-pattern detection, not a pure-barcode
	 * shortcut), once per size in {@link #READ_BACK_SIZES}.
	 * @return how many of the reads gave the URL back
	 */
	static int readsBack(QRCode code, String url) {
		int reads = 0;
		for (double modulePixels : READ_BACK_SIZES) {
			try {
				Result result = new QRCodeReader()
					.decode(new BinaryBitmap(new HybridBinarizer(antiAliased(code, modulePixels))));
				reads += url.equals(result.getText()) ? 1 : 0;
			}
			catch (ReaderException ex) {
				// counted as a failed read
			}
		}
		return reads;
	}

	/**
	 * The symbol's luminance at a (possibly fractional) number of pixels per module, each pixel
	 * grey by how much of it dark modules cover: what a page rasteriser's anti-aliasing or a
	 * camera gives. Fractional sizes sit 0.3 pixel off the grid; whole ones on it (as our PNGs).
	 * With at least one pixel per module a pixel spans at most two modules each way, and coverage
	 * is separable, so each pixel row and column is worked out once.
	 */
	private static LuminanceSource antiAliased(QRCode code, double modulePixels) {
		ByteMatrix matrix = code.getMatrix();
		int modules = matrix.getWidth() + 2 * QUIET_ZONE;
		// dark modules with the quiet zone around them and one more light module on the far side
		boolean[] dark = new boolean[(modules + 1) * (modules + 1)];
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				dark[(y + QUIET_ZONE) * (modules + 1) + x + QUIET_ZONE] = matrix.get(x, y) == 1;
			}
		}
		double offset = (modulePixels == Math.rint(modulePixels)) ? 0 : 0.3;
		int side = (int) Math.ceil(modules * modulePixels + offset);
		// per pixel row (and column): the first module it overlaps, and its share of the pixel in
		// 1/256ths; the rest of the pixel lies in the next module
		int[] firstModule = new int[side];
		int[] firstShare = new int[side];
		for (int p = 0; p < side; p++) {
			double start = Math.max(0, (p - offset) / modulePixels);
			int module = Math.min((int) start, modules - 1);
			firstModule[p] = module;
			firstShare[p] = (int) Math.round(256 * Math.min(1, (module + 1 - start) * modulePixels));
		}
		int stride = modules + 1;
		byte[] luminance = new byte[side * side];
		for (int py = 0; py < side; py++) {
			int top = firstModule[py] * stride;
			int topShare = firstShare[py];
			for (int px = 0; px < side; px++) {
				int cell = top + firstModule[px];
				int leftShare = firstShare[px];
				int upper = leftShare * bit(dark, cell) + (256 - leftShare) * bit(dark, cell + 1);
				int lower = leftShare * bit(dark, cell + stride) + (256 - leftShare) * bit(dark, cell + stride + 1);
				int covered = topShare * upper + (256 - topShare) * lower; // in 1/65536ths
				luminance[py * side + px] = (byte) (255 - ((covered * 255 + 32768) >> 16));
			}
		}
		return new PlanarYUVLuminanceSource(luminance, side, side, 0, 0, side, side, false);
	}

	private static int bit(boolean[] dark, int index) {
		return (index < dark.length && dark[index]) ? 1 : 0;
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
