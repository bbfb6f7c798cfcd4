package org.skillcred.issuer.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * The verification QR code as images for learners: a PNG for documents and a crisp SVG for
 * print, both with the 4-module quiet zone.
 */
public final class QrImages {

	private QrImages() {
	}

	public static byte[] png(String url, int modulePixels) {
		BitMatrix bits = QrCodes.bits(QrCodes.encode(url), modulePixels);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			MatrixToImageWriter.writeToStream(bits, "PNG", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static String svg(String url) {
		QRCode code = QrCodes.encode(url);
		ByteMatrix matrix = code.getMatrix();
		int modules = matrix.getWidth() + 2 * QrCodes.QUIET_ZONE;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y) == 1) {
					path.append('M').append(x + QrCodes.QUIET_ZONE).append(' ').append(y + QrCodes.QUIET_ZONE).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + modules + " " + modules
				+ "\" width=\"" + modules * 8 + "\" height=\"" + modules * 8 + "\" shape-rendering=\"crispEdges\">"
				+ "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

}
