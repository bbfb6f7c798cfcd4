package org.skillcred.verifier.input;

import java.util.concurrent.atomic.AtomicBoolean;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload readers fuzzed: certificate PDFs (structure limits, attachments, signatures) and QR
 * images (PNG and JPEG headers, decoding budgets). Each may refuse an input only with an
 * {@link UnusableUploadException}; anything else (a stack overflow, an out-of-memory error, a
 * runtime exception) is a finding.
 * <p>
 * Every build runs these on the committed inputs ({@code …/UploadFuzzTestsInputs/}); with
 * {@code JAZZER_FUZZ=1} one of them fuzzes for its {@code maxDuration} ({@code scripts/fuzz.sh}).
 */
class UploadFuzzTests {

	private static final CertificatePdfs PDFS = new CertificatePdfs(20, 256 * 1024, 5000, 64);

	private static final QrCodes QR_CODES = new QrCodes(40_000_000, 160_000_000, 6_000_000);

	@FuzzTest(maxDuration = "60s")
	void readCertificatePdf(byte[] pdf) {
		try {
			CertificatePdfs.Contents contents = PDFS.read(pdf);
			assertThat(contents.credential()).startsWith("ey");
		}
		catch (UnusableUploadException expected) {
			// refused with a reason
		}
	}

	@FuzzTest(maxDuration = "60s")
	void readQrImage(byte[] image) {
		try {
			assertThat(QR_CODES.read(image, new AtomicBoolean())).isNotNull();
		}
		catch (UnusableUploadException expected) {
			// refused with a reason
		}
	}

	@FuzzTest(maxDuration = "30s")
	void measurePdfNesting(byte[] pdf) {
		PdfNesting.within(pdf, 64);
	}

}
