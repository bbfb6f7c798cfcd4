package org.skillcred.issuer.certificate;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Templates are checked when loaded: unknown placeholders and missing asset files stop startup
 * with the file's name; a designer's PDF background is drawn under the text.
 */
class TemplateCatalogTests {

	@TempDir
	Path dir;

	private final CertificateLabels labels = labels();

	private static CertificateLabels labels() {
		try {
			return new CertificateLabels(new TemplateProperties("classpath:templates/"));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private TemplateCatalog catalog(String yaml) throws Exception {
		Files.createDirectories(dir.resolve("custom"));
		Files.writeString(dir.resolve("custom/v1.yml"), yaml);
		return new TemplateCatalog(new TemplateProperties("file:" + dir + "/"), labels);
	}

	private static String template(String text, String extra) {
		return "key: custom\nversion: 1\nname: Custom\npage: { size: A4, orientation: landscape }\n"
				+ "background:\n  color: \"#FFFFFF\"\n" + extra + "texts:\n  - { text: \"" + text
				+ "\", x: 71, y: 300, width: 700, height: 60, size: 30 }\nqr: { x: 700, y: 40, size: 90 }\n";
	}

	@Test
	void loadWhenUnknownPlaceholderOrLabelThenRefusedWithFileName() {
		assertThatIllegalStateException().isThrownBy(() -> catalog(template("{learnerNmae}", "")))
			.withMessageContaining("v1.yml")
			.withMessageContaining("{learnerNmae}");
		assertThatIllegalStateException().isThrownBy(() -> catalog(template("{label.nope}", "")))
			.withMessageContaining("{label.nope}");
	}

	@Test
	void loadWhenAssetMissingOrOutsideTheFolderThenRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> catalog(template("{learnerName}", "  image: missing.png\n")))
			.withMessageContaining("missing file: missing.png");
		assertThatIllegalStateException()
			.isThrownBy(() -> catalog(template("{learnerName}", "  pdf: ../../etc/passwd\n")))
			.withMessageContaining("plain file names");
	}

	@Test
	void loadWhenQrTooSmallThenRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> catalog(template("{learnerName}", "").replace("size: 90 }", "size: 40 }")))
			.withMessageContaining("2 cm");
	}

	@Test
	void renderWhenPdfBackgroundThenArtworkUnderTheText() throws Exception {
		ByteArrayOutputStream artwork = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, artwork);
		document.open();
		document.add(new Paragraph("DESIGNER ARTWORK"));
		document.close();
		Files.createDirectories(dir.resolve("custom"));
		Files.write(dir.resolve("custom/frame.pdf"), artwork.toByteArray());
		TemplateCatalog catalog = catalog(template("{learnerName}", "  pdf: frame.pdf\n"));
		CertificateTemplate template = catalog.latest("custom").orElseThrow();
		CertificateRenderer renderer = new CertificateRenderer(
				new CertificateFonts(new TemplateProperties("classpath:templates/")), labels, null, catalog);

		byte[] pdf = renderer.render(template, new CertificateData("urn:uuid:1", "Ada Lovelace", "Course", "About.",
				List.of(), "did:web:x", "Issuer", Instant.now(), null, "http://localhost:8081/v/x/1", "eyJ.e30.c2ln", "en",
				null, null));

		String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
		assertThat(text).contains("DESIGNER ARTWORK").contains("Ada Lovelace");
	}

}
