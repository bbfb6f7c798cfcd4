package org.skillcred.verifier.input;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.stream.ImageInputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the QR code in a photo or scan (PNG or JPEG) with ZXing. The image's size is read from its
 * header first, so an image that would decode into an enormous bitmap is refused before any pixel
 * is decoded.
 */
final class QrCodes {

	/** The longest side read: a 200-megapixel phone photo is 16,320 pixels wide. */
	static final int MAX_SIDE = 20_000;

	private final long maxPixels;

	private final long maxDecodedBytes;

	private final long decodePixels;

	QrCodes(long maxPixels, long maxDecodedBytes, long decodePixels) {
		this.maxPixels = maxPixels;
		this.maxDecodedBytes = maxDecodedBytes;
		this.decodePixels = decodePixels;
	}

	/** Rescalings tried when the image as given does not read. */
	private static final double[] SCALES = { 0.75, 0.5, 1.5 };

	/** A rescaled retry is made only up to this size, so that a huge image without a code stays cheap. */
	private static final long MAX_RETRY_PIXELS = 4_000_000;

	/**
	 * Reads the QR code. ZXing's finder-pattern detector loses some valid symbols at particular
	 * module sizes, so an image that does not read as given is read again rescaled, then as a
	 * clean, unrotated symbol (a screenshot or an exported PNG).
	 */
	String read(byte[] image, AtomicBoolean cancelled) throws UnusableUploadException {
		BufferedImage bitmap = decodeImage(image, cancelled);
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		String text = tryRead(bitmap, hints);
		for (int i = 0; text == null && i < SCALES.length && !cancelled.get(); i++) {
			long pixels = (long) (bitmap.getWidth() * SCALES[i]) * (long) (bitmap.getHeight() * SCALES[i]);
			if (pixels <= MAX_RETRY_PIXELS) {
				text = tryRead(scaled(bitmap, SCALES[i]), hints);
			}
		}
		if (text == null && !cancelled.get()) {
			hints.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
			text = tryRead(bitmap, hints);
		}
		if (text == null) {
			throw new UnusableUploadException(UnusableUploadException.Reason.NO_QR_CODE,
					"No readable QR code was found in the image.");
		}
		return text;
	}

	private static @Nullable String tryRead(BufferedImage bitmap, Map<DecodeHintType, Object> hints) {
		LuminanceSource source = new BufferedImageLuminanceSource(bitmap);
		QRCodeReader reader = new QRCodeReader();
		for (BinaryBitmap candidate : List.of(new BinaryBitmap(new HybridBinarizer(source)),
				new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
			try {
				return reader.decode(candidate, hints).getText();
			}
			catch (ReaderException ex) {
				reader.reset();
			}
		}
		return null;
	}

	private static BufferedImage scaled(BufferedImage bitmap, double scale) {
		int width = Math.max(1, (int) (bitmap.getWidth() * scale));
		int height = Math.max(1, (int) (bitmap.getHeight() * scale));
		BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = result.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.drawImage(bitmap, 0, 0, width, height, null);
		graphics.dispose();
		return result;
	}

	/**
	 * Decodes the image within budgets: its size is read from the header, an image whose
	 * full-resolution pixels would exceed the decoded-bytes budget is refused before any pixel is
	 * decoded, a large one is read subsampled, and decoding stops when the read is cancelled.
	 */
	private BufferedImage decodeImage(byte[] image, AtomicBoolean cancelled) throws UnusableUploadException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
			Iterator<ImageReader> readers = (in != null) ? ImageIO.getImageReaders(in) : null;
			if (readers == null || !readers.hasNext()) {
				throw unsupported();
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
				if (!format.equals("png") && !format.equals("jpeg")) {
					throw unsupported();
				}
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				// a side cap too: a decoder keeps whole rows in memory however much it subsamples,
				// so a 120,000,000 × 1 image would cost a gigabyte of rows for "only" 120 Mpx
				if (pixels > maxPixels || pixels <= 0 || reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
					throw new UnusableUploadException(UnusableUploadException.Reason.FILE_TOO_LARGE,
							"The image is too large (" + reader.getWidth(0) + "x" + reader.getHeight(0) + " pixels).");
				}
				if (pixels * bytesPerPixel(reader) > maxDecodedBytes) {
					throw new UnusableUploadException(UnusableUploadException.Reason.FILE_TOO_LARGE,
							"The image holds too much data to be a photo of a QR code.");
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = (int) Math.ceil(Math.sqrt((double) pixels / decodePixels));
				if (step > 1) {
					param.setSourceSubsampling(step, step, 0, 0);
				}
				reader.addIIOReadProgressListener(new AbortWhenCancelled(cancelled));
				BufferedImage bitmap = reader.read(0, param);
				if (cancelled.get()) {
					throw new UnusableUploadException(UnusableUploadException.Reason.TOO_COMPLEX,
							"The image took too long to read.");
				}
				if (bitmap == null) {
					throw unsupported();
				}
				return bitmap;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new UnusableUploadException(UnusableUploadException.Reason.UNSUPPORTED_FILE,
					"The image could not be read.");
		}
	}

	/** Bytes per pixel at full resolution, from the header: 16-bit RGBA is 8. */
	private static long bytesPerPixel(ImageReader reader) throws IOException {
		ImageTypeSpecifier type = reader.getRawImageType(0);
		if (type == null) {
			return 4;
		}
		SampleModel model = type.getSampleModel();
		int bits = 0;
		for (int band = 0; band < model.getNumBands(); band++) {
			bits += model.getSampleSize(band);
		}
		return Math.max(1, (bits + 7) / 8);
	}

	/** Stops the image decoder, which checks between rows, once the read is cancelled. */
	private record AbortWhenCancelled(AtomicBoolean cancelled) implements IIOReadProgressListener {

		@Override
		public void imageProgress(ImageReader source, float percentageDone) {
			if (cancelled.get()) {
				source.abort();
			}
		}

		@Override
		public void sequenceStarted(ImageReader source, int minIndex) {
		}

		@Override
		public void sequenceComplete(ImageReader source) {
		}

		@Override
		public void imageStarted(ImageReader source, int imageIndex) {
		}

		@Override
		public void imageComplete(ImageReader source) {
		}

		@Override
		public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
		}

		@Override
		public void thumbnailProgress(ImageReader source, float percentageDone) {
		}

		@Override
		public void thumbnailComplete(ImageReader source) {
		}

		@Override
		public void readAborted(ImageReader source) {
		}

	}

	private static UnusableUploadException unsupported() {
		return new UnusableUploadException(UnusableUploadException.Reason.UNSUPPORTED_FILE,
				"Images must be PNG or JPEG.");
	}
}
