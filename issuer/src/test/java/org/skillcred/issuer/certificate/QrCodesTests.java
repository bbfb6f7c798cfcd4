package org.skillcred.issuer.certificate;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every QR code we print must be read by ZXing's scanner path (finder-pattern detection), which
 * trips over some perfectly valid symbols.
 */
class QrCodesTests {

	/** A link whose default-mask symbol ZXing's detector misreads (found by the certificate matrix). */
	private static final String TRICKY = "http://localhost:8081/v/skillcred/eec9330a-cede-453f-9838-1e98557c9e9b";

	@Test
	void encodeWhenDefaultMaskTripsTheDetectorThenAnotherMaskIsUsed() throws Exception {
		var plain = Encoder.encode(TRICKY, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
		assertThat(QrCodes.readsBack(plain, TRICKY)).as("the default symbol is misread").isLessThan(QrCodes.READ_BACK_SIZES.length);
		assertThat(QrCodes.readsBack(QrCodes.encode(TRICKY), TRICKY)).isEqualTo(QrCodes.READ_BACK_SIZES.length);

		var code = QrCodes.encode(TRICKY);

		assertThat(code.getMaskPattern()).isNotEqualTo(plain.getMaskPattern());
		assertThat(scan(QrImages.png(TRICKY, 4))).isEqualTo(TRICKY);
	}

	@Test
	void encodeWhenSymbolLostAtSomeSizesThenAMaskReadAtEverySize() throws Exception {
		// ZXing's detector loses this link's default symbol at 2.5 and 4.7 pixels per module
		String url = "http://localhost:8081/v/skillcred/57705d45-a5b9-4bef-a8e5-bd864ffb550e";
		var plain = Encoder.encode(url, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
		assertThat(QrCodes.readsBack(plain, url)).isLessThan(QrCodes.READ_BACK_SIZES.length);

		assertThat(QrCodes.readsBack(QrCodes.encode(url), url)).isEqualTo(QrCodes.READ_BACK_SIZES.length);
	}

	@Test
	void encodeWhenManyLinksThenEveryPngScans() throws Exception {
		for (int i = 0; i < 300; i++) {
			String url = "https://certs.example.org/v/partner-" + i + "/" + UUID.randomUUID();
			assertThat(scan(QrImages.png(url, 4))).as(url).isEqualTo(url);
		}
	}

	private static String scan(byte[] png) throws Exception {
		var image = ImageIO.read(new ByteArrayInputStream(png));
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
				Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
	}

}
