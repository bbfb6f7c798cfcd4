package org.skillcred.verifier.input;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillcred.verifier.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Uploaded QR images are read even when ZXing's finder-pattern detector trips over the symbol as
 * given (a valid symbol another issuer may well print).
 */
class QrCodesTests {

	private final QrCodes qrCodes = new QrCodes(40_000_000, 160_000_000, 6_000_000);

	private final AtomicBoolean running = new AtomicBoolean();

	/** Links whose 400-pixel QR image ZXing's detector fails to read as given (about 1 in 130). */
	@ParameterizedTest
	@ValueSource(strings = { "https://verify.example.org/v/fake/1decf32b-0288-413f-aea8-88efc7c96596",
			"https://verify.example.org/v/fake/13d60b84-2f25-4862-8c31-32d43535efa7",
			"https://verify.example.org/v/fake/d73f8c00-773e-4efe-8b93-272c1dc445cc" })
	void readWhenDetectorMisreadsTheSymbolAsGivenThenStillRead(String url) throws Exception {
		assertThat(qrCodes.read(TestFiles.qrPng(url), running)).isEqualTo(url);
	}

	@Test
	void readWhenNoCodeThenNoQrCodeReason() {
		assertThatExceptionOfType(UnusableUploadException.class)
			.isThrownBy(() -> qrCodes.read(TestFiles.image(300, 300, "png"), running))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(UnusableUploadException.Reason.NO_QR_CODE));
	}


	/**
	 * Regression: a 6,300 × 6,300 16-bit RGBA PNG of 321 KB took 12 s and 500 MB to decode. Its
	 * header says it decodes to 317 MB, more than any photo of a QR code: refused unread.
	 */
	@Test
	void readWhenSixteenBitImageDecodesBeyondBudgetThenRefusedBeforeDecoding() throws Exception {
		BufferedImage huge = new BufferedImage(new java.awt.image.ComponentColorModel(
				java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB), true, false,
				java.awt.Transparency.TRANSLUCENT, java.awt.image.DataBuffer.TYPE_USHORT),
				java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_USHORT, 6300, 6300, 4,
						null),
				false, null);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(huge, "png", png);
		assertThat(png.size()).isLessThan(2_000_000);

		assertThatExceptionOfType(UnusableUploadException.class).isThrownBy(() -> qrCodes.read(png.toByteArray(), running))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(UnusableUploadException.Reason.FILE_TOO_LARGE));
	}

	/** A large photo is read subsampled: the code still reads, from a fraction of the pixels. */
	@Test
	void readWhenLargeImageThenSubsampledAndStillRead() throws Exception {
		String url = "https://verify.example.org/v/fake/0b0b6d43-43e4-4bd6-9a49-5a2b1a0e6b6a";
		BufferedImage code = ImageIO.read(new java.io.ByteArrayInputStream(TestFiles.qrPng(url)));
		BufferedImage photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = photo.createGraphics();
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, 4000, 3000);
		g.drawImage(code, 1000, 500, 2000, 2000, null);
		g.dispose();
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(photo, "jpeg", jpeg);

		assertThat(new QrCodes(40_000_000, 160_000_000, 1_000_000).read(jpeg.toByteArray(), running)).isEqualTo(url);
	}

	@Test
	void readWhenCancelledThenStopsWithTooComplex() {
		assertThatExceptionOfType(UnusableUploadException.class)
			.isThrownBy(() -> qrCodes.read(TestFiles.image(2000, 2000, "png"), new AtomicBoolean(true)))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(UnusableUploadException.Reason.TOO_COMPLEX));
	}

}
