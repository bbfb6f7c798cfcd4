package org.skillcred.verifier.input;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.skillcred.verifier.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Hostile PDFs end in a clear reason, never in a stack overflow or an endless walk. Each case here
 * was a 500 or a hang before the limits (regressions from the trust review).
 */
class CertificatePdfsTests {

	private final CertificatePdfs pdfs = new CertificatePdfs(20, 256 * 1024, 5000, 64);

	@Test
	void readWhenArraysNestedDeeplyThenTooComplex() {
		byte[] pdf = TestFiles.handMadePdf("<< /Type /Catalog /Pages 2 0 R /Deep " + "[".repeat(100_000) + "]".repeat(100_000)
				+ " >>", "<< /Type /Pages /Kids [] /Count 0 >>");
		expect(pdf, UnusableUploadException.Reason.TOO_COMPLEX);
	}

	@Test
	void readWhenDictionariesNestedDeeplyThenTooComplex() {
		byte[] pdf = TestFiles.handMadePdf("<< /Type /Catalog /Pages 2 0 R /Deep " + "<< /A ".repeat(50_000) + ">> ".repeat(50_000)
				+ " >>", "<< /Type /Pages /Kids [] /Count 0 >>");
		expect(pdf, UnusableUploadException.Reason.TOO_COMPLEX);
	}

	@Test
	void readWhenBracketsOnlyInsideStringsAndStreamsThenNotCountedAsNesting() {
		assertThat(PdfNesting.within(("%PDF-1.7\n1 0 obj (" + "[".repeat(1000) + ") endobj\n2 0 obj <<>> stream\n"
				+ "<<".repeat(1000) + "\nendstream endobj").getBytes(StandardCharsets.ISO_8859_1), 8)).isTrue();
		assertThat(PdfNesting.within("[[[[[[[[[".getBytes(StandardCharsets.ISO_8859_1), 8)).isFalse();
	}

	@Test
	void readWhenNameTreeRefersToItselfThenEndsWithoutCredential() {
		byte[] pdf = TestFiles.handMadePdf("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> >>",
				"<< /Type /Pages /Kids [] /Count 0 >>", "<< /Kids [3 0 R 3 0 R 3 0 R] >>");
		expect(pdf, UnusableUploadException.Reason.NO_CREDENTIAL_IN_PDF);
	}

	@Test
	void readWhenPageTreeCycleOrBrokenXrefThenNoCrash() {
		byte[] cycle = TestFiles.handMadePdf("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>");
		assertThatExceptionOfType(UnusableUploadException.class).isThrownBy(() -> pdfs.read(cycle));
		byte[] genuine = TestFiles.pdf(1, "eyJhbGciOiJFUzI1NiJ9.e30.c2ln".getBytes(), "credential.jwt");
		String text = new String(genuine, StandardCharsets.ISO_8859_1);
		byte[] brokenXref = text.replace("xref", "xrex").getBytes(StandardCharsets.ISO_8859_1);
		try {
			CertificatePdfs.Contents contents = pdfs.read(brokenXref);
			// the library may rebuild the cross references; the document is then judged as unsigned
			assertThat(contents.signature().signed()).isFalse();
		}
		catch (UnusableUploadException ex) {
			assertThat(ex.reason()).isEqualTo(UnusableUploadException.Reason.INVALID_PDF);
		}
	}

	@Test
	void readWhenTooManyObjectsThenTooComplex() {
		List<String> objects = new ArrayList<>();
		objects.add("<< /Type /Catalog /Pages 2 0 R >>");
		objects.add("<< /Type /Pages /Kids [] /Count 0 >>");
		for (int i = 0; i < 6000; i++) {
			objects.add("null");
		}
		expect(TestFiles.handMadePdf(objects.toArray(String[]::new)), UnusableUploadException.Reason.TOO_COMPLEX);
	}

	private void expect(byte[] pdf, UnusableUploadException.Reason reason) {
		assertThatExceptionOfType(UnusableUploadException.class).isThrownBy(() -> pdfs.read(pdf))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(reason));
	}

}
