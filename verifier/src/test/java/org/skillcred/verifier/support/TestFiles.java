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
