package org.skillcred.verifier.input;

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

	private final QrCodes qrCodes = new QrCodes(40_000_000);

	/** Links whose 400-pixel QR image ZXing's detector fails to read as given (about 1 in 130). */
	@ParameterizedTest
	@ValueSource(strings = { "https://verify.example.org/v/fake/1decf32b-0288-413f-aea8-88efc7c96596",
			"https://verify.example.org/v/fake/13d60b84-2f25-4862-8c31-32d43535efa7",
			"https://verify.example.org/v/fake/d73f8c00-773e-4efe-8b93-272c1dc445cc" })
	void readWhenDetectorMisreadsTheSymbolAsGivenThenStillRead(String url) throws Exception {
		assertThat(qrCodes.read(TestFiles.qrPng(url))).isEqualTo(url);
	}

	@Test
	void readWhenNoCodeThenNoQrCodeReason() {
		assertThatExceptionOfType(UnusableUploadException.class)
			.isThrownBy(() -> qrCodes.read(TestFiles.image(300, 300, "png")))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(UnusableUploadException.Reason.NO_QR_CODE));
	}

}
