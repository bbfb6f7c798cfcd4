package org.skillcred.issuer.certificate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Open Badges 3.0 "baked" badges: a PNG image carrying the signed credential in one
 * uncompressed {@code iTXt} chunk with the keyword {@code openbadgecredential}, so badge tools
 * can read the credential out of the picture.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#baking">Open Badges 3.0 §5.3 Baking</a>
 */
public final class BadgeBaker {

	/** The iTXt keyword Open Badges 3.0 defines. */
	public static final String KEYWORD = "openbadgecredential";

	private BadgeBaker() {
	}

	/**
	 * Draws a badge and bakes the credential into it.
	 * @param title the achievement's name, drawn on the badge
	 * @param jwt the signed credential
	 * @return the PNG
	 */
	public static byte[] bake(String title, String jwt) {
		BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(31, 79, 191));
		g.fillOval(10, 10, 380, 380);
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(6));
		g.drawOval(30, 30, 340, 340);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
		String initials = initials(title);
		int width = g.getFontMetrics().stringWidth(initials);
		g.drawString(initials, 200 - width / 2, 222);
		g.dispose();
		try {
			ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
			IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
			IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
			entry.setAttribute("keyword", KEYWORD);
			entry.setAttribute("compressionFlag", "FALSE");
			entry.setAttribute("compressionMethod", "0");
			entry.setAttribute("languageTag", "");
			entry.setAttribute("translatedKeyword", "");
			entry.setAttribute("text", jwt);
			IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
			itxt.appendChild(entry);
			IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
			root.appendChild(itxt);
			metadata.mergeTree("javax_imageio_png_1.0", root);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
				writer.setOutput(stream);
				writer.write(new IIOImage(image, null, metadata));
			}
			writer.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String initials(String title) {
		StringBuilder initials = new StringBuilder();
		for (String word : title.split("\\s+")) {
			if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0)) && initials.length() < 3) {
				initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
			}
		}
		return initials.isEmpty() ? "★" : initials.toString();
	}

}
