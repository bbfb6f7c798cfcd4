package org.skillcred.issuer.certificate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Inflater;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openpdf.text.Image;

import static org.assertj.core.api.Assertions.assertThat;

/** Template images are compressed once and must stay the same pixels, transparency included. */
class PrecompressedImagesTests {

	@Test
	void ofWhenTemplateLogoThenSamePixelsAndTransparency() throws Exception {
		Image decoded = Image.getInstance(Files.readAllBytes(Path.of("../templates/course-completion/logo.png")));
		assertThat(decoded.isImgRaw()).as("OpenPDF decodes an RGBA PNG into raw pixels").isTrue();

		Image compressed = PrecompressedImages.of(decoded);

		assertThat(compressed.isDeflated()).isTrue();
		assertThat(compressed.getWidth()).isEqualTo(decoded.getWidth());
		assertThat(compressed.getHeight()).isEqualTo(decoded.getHeight());
		assertThat(compressed.getColorspace()).isEqualTo(decoded.getColorspace());
		assertThat(compressed.getTransparency()).isEqualTo(decoded.getTransparency());
		assertThat(inflate(compressed.getRawData())).isEqualTo(decoded.getRawData());
	}

	@Test
	void ofWhenPngHasPartialAlphaThenSoftMaskIsKeptCompressed() throws Exception {
		BufferedImage picture = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
		for (int x = 0; x < 16; x++) {
			picture.setRGB(x, x, (x * 16) << 24 | 0x336699);
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(picture, "png", png);
		Image decoded = Image.getInstance(png.toByteArray());
		assertThat(decoded.getImageMask()).as("semi-transparent pixels need a soft mask").isNotNull();

		Image compressed = PrecompressedImages.of(decoded);

		assertThat(compressed.isSmask()).isEqualTo(decoded.isSmask());
		assertThat(compressed.getImageMask().isMask()).isTrue();
		assertThat(compressed.getImageMask().isSmask()).isEqualTo(decoded.getImageMask().isSmask());
		assertThat(compressed.getImageMask().isDeflated()).isTrue();
		assertThat(inflate(compressed.getImageMask().getRawData())).isEqualTo(decoded.getImageMask().getRawData());
		assertThat(inflate(compressed.getRawData())).isEqualTo(decoded.getRawData());
	}

	@Test
	void ofWhenImageIsJpegThenItIsUsedAsIs() throws Exception {
		BufferedImage picture = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(picture, "jpg", jpeg);
		Image decoded = Image.getInstance(jpeg.toByteArray());

		assertThat(PrecompressedImages.of(decoded)).isSameAs(decoded);
	}

	private static byte[] inflate(byte[] deflated) throws Exception {
		Inflater inflater = new Inflater();
		inflater.setInput(deflated);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		while (!inflater.finished()) {
			out.write(buffer, 0, inflater.inflate(buffer));
		}
		inflater.end();
		return out.toByteArray();
	}

}
