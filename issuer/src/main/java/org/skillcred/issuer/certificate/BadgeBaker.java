package org.skillcred.issuer.certificate;

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
	 * Bakes a credential into a badge picture.
	 * @param image the badge, as drawn by {@link BadgeArtist}
	 * @param jwt the signed credential
	 * @return the PNG
	 */
	public static byte[] bake(BufferedImage image, String jwt) {
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

}
