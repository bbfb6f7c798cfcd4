package org.skillcred.verifier.input;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
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

/**
 * Reads the QR code in a photo or scan (PNG or JPEG) with ZXing. The image's size is read from its
 * header first, so an image that would decode into an enormous bitmap is refused before any pixel
 * is decoded.
 */
final class QrCodes {

	private final long maxPixels;

	QrCodes(long maxPixels) {
		this.maxPixels = maxPixels;
	}

	String read(byte[] image) throws UnusableUploadException {
		BufferedImage bitmap = decodeImage(image);
		LuminanceSource source = new BufferedImageLuminanceSource(bitmap);
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
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
		throw new UnusableUploadException(UnusableUploadException.Reason.NO_QR_CODE,
				"No readable QR code was found in the image.");
	}

	private BufferedImage decodeImage(byte[] image) throws UnusableUploadException {
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
				if (pixels > maxPixels || pixels <= 0) {
					throw new UnusableUploadException(UnusableUploadException.Reason.FILE_TOO_LARGE,
							"The image is too large (" + reader.getWidth(0) + "x" + reader.getHeight(0) + " pixels).");
				}
				BufferedImage bitmap = reader.read(0);
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

	private static UnusableUploadException unsupported() {
		return new UnusableUploadException(UnusableUploadException.Reason.UNSUPPORTED_FILE,
				"Images must be PNG or JPEG.");
	}


}
