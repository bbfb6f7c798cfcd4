package org.skillcred.verifier.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Builds the files people upload: QR code images and certificate PDFs.
 */
public final class TestFiles {

	private TestFiles() {
	}

	public static byte[] qrPng(String text) {
		// long texts (a whole JWT) need many modules: keep at least 4 pixels per module
		int size = (text.length() > 300) ? 1200 : 400;
		try {
			var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", out);
			return out.toByteArray();
		}
		catch (WriterException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An Open Badges baked PNG: an image with {@code iTXt} chunks inserted before {@code IEND},
	 * each {@code keyword NUL flag method NUL NUL text}, written byte by byte so tests can also
	 * break the baking rules.
	 * @param compressed the compression flag to write
	 * @param texts one chunk per text
	 * @return the PNG
	 */
	public static byte[] bakedPng(boolean compressed, String... texts) {
		byte[] png = image(120, 120, "png");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int iend = png.length - 12; // the IEND chunk: length, type, CRC
		out.write(png, 0, iend);
		for (String text : texts) {
			ByteArrayOutputStream data = new ByteArrayOutputStream();
			data.writeBytes("openbadgecredential".getBytes(StandardCharsets.ISO_8859_1));
			data.writeBytes(new byte[] { 0, (byte) (compressed ? 1 : 0), 0, 0, 0 });
			data.writeBytes(text.getBytes(StandardCharsets.UTF_8));
			pngChunk(out, "iTXt", data.toByteArray());
		}
		out.write(png, iend, 12);
		return out.toByteArray();
	}

	/**
	 * A phone photo of a QR code: a large JPEG of a noisy scene with the code in it.
	 * @param text the QR code's text
	 * @param width the photo's width (height is 3/4 of it)
	 * @param quality the JPEG quality, 0 to 1 (higher is larger)
	 * @return the JPEG
	 */
	public static byte[] photoOfQr(String text, int width, float quality) {
		int height = width * 3 / 4;
		BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		java.util.SplittableRandom random = new java.util.SplittableRandom(42);
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int grey = 90 + random.nextInt(120); // sensor noise: what makes photos large
				row[x] = (grey << 16) | ((grey + random.nextInt(8)) << 8) | grey;
			}
			photo.setRGB(0, y, width, 1, row, 0, width);
		}
		try {
			BufferedImage code = ImageIO.read(new java.io.ByteArrayInputStream(qrPng(text)));
			java.awt.Graphics2D g = photo.createGraphics();
			int side = height / 3;
			g.drawImage(code, width / 3, height / 3, side, side, null);
			g.dispose();
			javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
			javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (var stream = ImageIO.createImageOutputStream(out)) {
				writer.setOutput(stream);
				writer.write(null, new javax.imageio.IIOImage(photo, null, null), param);
			}
			writer.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A PNG whose header claims a size, with no pixels: what a reader learns before decoding.
	 * @param width the claimed width
	 * @param height the claimed height
	 * @return the PNG
	 */
	public static byte[] pngClaiming(int width, int height) {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		pngChunk(png, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
			.put((byte) 0).put((byte) 0).put((byte) 0).array());
		pngChunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	/**
	 * Writes one PNG chunk: length, type, data and CRC.
	 * @param png where to write
	 * @param type the chunk type
	 * @param data its data
	 */
	public static void pngChunk(ByteArrayOutputStream png, String type, byte[] data) {
		png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		png.writeBytes(typeBytes);
		png.writeBytes(data);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(typeBytes);
		crc.update(data);
		png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	public static byte[] image(int width, int height, String format) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A PDF with the given pages and, if given, an embedded file.
	 * @param pages number of pages
	 * @param attachment the attachment content or null
	 * @param attachmentName its file name
	 * @return the PDF bytes
	 */
	public static byte[] pdf(int pages, byte[] attachment, String attachmentName) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.open();
		try {
			if (attachment != null) {
				writer.addFileAttachment("Signed credential", attachment, null, attachmentName);
			}
			for (int i = 0; i < pages; i++) {
				document.add(new Paragraph("Certificate page " + (i + 1)));
				document.newPage();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		document.close();
		return out.toByteArray();
	}

	/** A PDF with the given objects (object 1 is the catalog) and a correct cross-reference table. */
	public static byte[] handMadePdf(String... objects) {
		StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.length; i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

}
