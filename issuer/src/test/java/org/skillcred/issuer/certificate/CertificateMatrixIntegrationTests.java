package org.skillcred.issuer.certificate;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNameTree;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.skillcred.core.verification.Verdict;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.skillcred.issuer.support.IssuerApi.PARTNER_KEY;
import static org.skillcred.issuer.support.IssuerApi.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every template in every language with names in four scripts: the PDF embeds all its fonts, its
 * text can be extracted, its QR code (rendered at 150 dpi) decodes to the verification link, and
 * its attachment is the credential, which verifies.
 */
@IssuerIntegrationTest
class CertificateMatrixIntegrationTests extends IssuerApiTests {

	private static final Map<String, String> ACHIEVEMENT_BY_TEMPLATE = Map.of("course-completion", "genai-foundations",
			"participation", "public-sector-ai-governance", "advanced-certification", "ai-practitioner-advanced");

	private static final List<String> NAMES = List.of("Amélie Dubois-Nguyễn", "王小明", "أمينة يوسف",
			"Фёдор Достоевский");

	@TempDir
	Path dir;

	@Autowired
	CertificateFonts fonts;

	@Autowired
	TemplateCatalog templates;

	/** Every language with a labels file: adding one puts it in the matrix. */
	static List<String> languages() {
		try (var files = java.nio.file.Files.list(java.nio.file.Path.of("..", "templates", "i18n"))) {
			return files.map(f -> f.getFileName().toString())
				.filter(n -> n.matches("labels_[a-z]{2,3}\\.properties"))
				.map(n -> n.substring("labels_".length(), n.indexOf('.')))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static List<Arguments> matrix() {
		return ACHIEVEMENT_BY_TEMPLATE.keySet()
			.stream()
			.flatMap(template -> languages().stream().map(language -> Arguments.of(template, language)))
			.toList();
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("matrix")
	void certificateWhenTemplateAndLanguageThenComplete(String template, String language) throws Exception {
		for (String name : NAMES) {
			MvcResult issued = api.issue(PARTNER_KEY, "{\"achievementId\":\"" + ACHIEVEMENT_BY_TEMPLATE.get(template)
					+ "\",\"recipient\":{\"name\":\"" + name + "\"},\"language\":\"" + language + "\"}");
			assertThat(issued.getResponse().getStatus()).isEqualTo(201);
			JsonNode body = json(issued);
			MvcResult pdf = api.perform(get("/api/v1/credentials/" + body.path("id").asString() + "/pdf")
				.header("Authorization", "Bearer " + PARTNER_KEY));
			assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
			assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
			byte[] bytes = pdf.getResponse().getContentAsByteArray();
			assertThat(bytes.length).as("PDF size").isLessThan(150 * 1024);

			PdfReader reader = new PdfReader(bytes);
			try {
				assertThat(embeddedCredential(reader)).isEqualTo(body.path("credential").asString());
				assertThat(allFontsEmbedded(reader)).isTrue();
				assertThat(reader.getInfo().get("Title")).contains(name.substring(0, 2));
			}
			finally {
				reader.close();
			}
			assertThat(api.verifierFromPublishedJwks(clock).verify(body.path("credential").asString()).verdict())
				.isEqualTo(Verdict.VALID);
			// every script copies out as its letters, Arabic included (not its presentation forms)
			assertThat(text(bytes)).as("extractable text").contains(name);
			assertThat(signatureCheck(bytes)).contains("Signature is Valid").contains("Total document signed");
			CertificateTemplate layout = templates.latest(template).orElseThrow();
			boolean portrait = "portrait".equals(layout.page().orientation());
			if (language.equals("ar")) { // right-to-left certificates are laid out mirrored
				layout = layout.mirrored(portrait ? 595 : 842);
			}
			CertificateTemplate.QrBlock qr = layout.qrInsideFrame(portrait ? 595 : 842, portrait ? 842 : 595);
			assertThat(qrAt150Dpi(bytes, qr)).isEqualTo(body.path("links").path("verify").asString());
		}
	}

	/**
	 * Regressions from the Arabic certificate: an English description read right to left (its full
	 * stop at the front), Arabic copied out as presentation forms, the band ran through the frame to
	 * the paper's edge; and the PDF carried no structure for screen readers.
	 */
	@org.junit.jupiter.api.Test
	void certificateWhenArabicThenEachTextInItsDirectionLogicalTextTaggedAndBandInsideFrame() throws Exception {
		byte[] bytes = certificate("genai-foundations", "نادية حداد", "ar");

		String text = text(bytes);
		assertThat(text).contains("نادية حداد").contains("شهادة إتمام").contains("how to use them responsibly at work.")
			.doesNotContain(".responsibly");
		assertThat(text.codePoints().filter(c -> (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)))
			.as("no Arabic presentation forms in the extracted text").isEmpty();

		PdfReader reader = new PdfReader(bytes);
		try {
			PdfDictionary catalog = reader.getCatalog();
			assertThat(catalog.getAsDict(PdfName.MARKINFO).get(PdfName.MARKED).toString()).isEqualTo("true");
			assertThat(catalog.get(PdfName.STRUCTTREEROOT)).as("a structure tree in reading order").isNotNull();
			assertThat(catalog.getAsString(PdfName.LANG).toString()).isEqualTo("ar");
		}
		finally {
			reader.close();
		}
		BufferedImage page = render(bytes, 50);
		int bandRow = page.getHeight() - (int) (60 * 50 / 72f); // the template's band, 28–98 pt from the bottom
		assertThat(new java.awt.Color(page.getRGB(3, bandRow))).as("the paper's edge beside the band stays white")
			.isEqualTo(java.awt.Color.WHITE);
		assertThat(page.getRGB(page.getWidth() / 2, bandRow)).as("the band itself, inside the frame")
			.isNotEqualTo(java.awt.Color.WHITE.getRGB());
	}

	static List<Arguments> templatesBothDirections() {
		return ACHIEVEMENT_BY_TEMPLATE.keySet().stream()
			.flatMap(template -> java.util.stream.Stream.of(Arguments.of(template, "en"), Arguments.of(template, "ar")))
			.toList();
	}

	/**
	 * Regression: the QR code's white quiet zone covered the double frame's inner rule on two
	 * templates. Read as a person sees the page: along the rule on both sides and along the bottom,
	 * at 150 dpi, every step must find the rule's ink, not the white of the quiet zone.
	 */
	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("templatesBothDirections")
	void certificateWhenRenderedThenFrameUnbrokenBesideQrCode(String template, String language) throws Exception {
		CertificateTemplate layout = templates.latest(template).orElseThrow();
		CertificateTemplate.Border border = layout.background().border();
		assertThat(border).as("every current template has a frame").isNotNull();
		BufferedImage page = render(certificate(ACHIEVEMENT_BY_TEMPLATE.get(template), "Rule Reader", language), 150);
		float scale = 150f / 72f;
		int rule = Math.round(border.innerRule() * scale);
		int width = page.getWidth();
		int height = page.getHeight();
		for (int y = rule + 8; y < height - rule - 8; y += 2) {
			assertThat(darkest(page, rule, y, true)).as("left inner rule at row %d", y).isLessThan(170);
			assertThat(darkest(page, width - 1 - rule, y, true)).as("right inner rule at row %d", y).isLessThan(170);
		}
		for (int x = rule + 8; x < width - rule - 8; x += 2) {
			assertThat(darkest(page, x, height - 1 - rule, false)).as("bottom inner rule at column %d", x).isLessThan(170);
		}
	}

	/** The darkest luminance within two pixels across a rule: the rule is thin and anti-aliased. */
	private static int darkest(BufferedImage page, int x, int y, boolean vertical) {
		int darkest = 255;
		for (int d = -2; d <= 2; d++) {
			int rgb = vertical ? page.getRGB(x + d, y) : page.getRGB(x, y + d);
			int luminance = (int) (0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF));
			darkest = Math.min(darkest, luminance);
		}
		return darkest;
	}

	@org.junit.jupiter.api.Test
	void certificateWhenChineseThenTitleAndNameEmboldened() throws Exception {
		byte[] bytes = certificate("ai-practitioner-advanced", "王小明", "zh");
		PdfReader reader = new PdfReader(bytes);
		try {
			String content = new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1);
			assertThat(content).as("fill-then-stroke text: the CJK glyphs set in bold").contains("2 Tr");
		}
		finally {
			reader.close();
		}
	}

	private byte[] certificate(String achievement, String name, String language) throws Exception {
		MvcResult issued = api.issue(PARTNER_KEY, "{\"achievementId\":\"" + achievement + "\",\"recipient\":{\"name\":\""
				+ name + "\"},\"language\":\"" + language + "\"}");
		assertThat(issued.getResponse().getStatus()).isEqualTo(201);
		return api.perform(get("/api/v1/credentials/" + json(issued).path("id").asString() + "/pdf")
			.header("Authorization", "Bearer " + PARTNER_KEY)).getResponse().getContentAsByteArray();
	}

	private BufferedImage render(byte[] pdf, int dpi) throws Exception {
		assumeThat(tool("pdftoppm")).as("pdftoppm (poppler-utils) is needed; .ci/run installs it").isTrue();
		Path file = dir.resolve("render.pdf");
		Files.write(file, pdf);
		run("pdftoppm", "-r", Integer.toString(dpi), "-png", "-singlefile", file.toString(), dir.resolve("render").toString());
		return javax.imageio.ImageIO.read(dir.resolve("render.png").toFile());
	}

	@org.junit.jupiter.api.Test
	void certificateWhenNameMixesCommonAndRareHanziThenBothFontsPrintIt() throws Exception {
		// 王 is in the common-characters CJK font; 堃 and 喆, frequent in names, only in the full one
		String name = "王堃喆";
		MvcResult issued = api.issue(PARTNER_KEY, "{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\""
				+ name + "\"},\"language\":\"zh\"}");
		assertThat(issued.getResponse().getStatus()).isEqualTo(201);
		byte[] bytes = api.perform(get("/api/v1/credentials/" + json(issued).path("id").asString() + "/pdf")
			.header("Authorization", "Bearer " + PARTNER_KEY)).getResponse().getContentAsByteArray();

		PdfReader reader = new PdfReader(bytes);
		try {
			assertThat(allFontsEmbedded(reader)).isTrue();
		}
		finally {
			reader.close();
		}
		assertThat(text(bytes)).as("extractable text").contains(name);
	}

	@ParameterizedTest
	@MethodSource("labelsAndNames")
	void fontsWhenLabelsAndTestNamesThenEveryCharacterHasAGlyph(String text) {
		assertThat(fonts.covers(text)).as(text).isTrue();
	}

	static List<String> labelsAndNames() throws IOException {
		List<String> texts = new java.util.ArrayList<>(NAMES);
		for (String language : languages()) {
			java.util.Properties labels = new java.util.Properties();
			try (var in = new java.io.InputStreamReader(CertificateMatrixIntegrationTests.class
				.getResourceAsStream("/templates/i18n/labels_" + language + ".properties"), StandardCharsets.UTF_8)) {
				labels.load(in);
			}
			labels.values().forEach(v -> texts.add((String) v));
		}
		return texts;
	}

	private static String embeddedCredential(PdfReader reader) throws IOException {
		PdfDictionary names = reader.getCatalog().getAsDict(PdfName.NAMES);
		Map<String, PdfObject> files = PdfNameTree.readTree(names.getAsDict(PdfName.EMBEDDEDFILES));
		assertThat(files).hasSize(1);
		PdfDictionary spec = (PdfDictionary) PdfReader.getPdfObject(files.values().iterator().next());
		assertThat(spec.getAsString(PdfName.UF).toUnicodeString()).isEqualTo("credential.jwt");
		PRStream stream = (PRStream) PdfReader.getPdfObject(spec.getAsDict(PdfName.EF).get(PdfName.F));
		assertThat(stream.getAsName(PdfName.SUBTYPE).toString()).isEqualToIgnoringCase("/application#2Fvc+jwt");
		assertThat(reader.getCatalog().getAsArray(new PdfName("AF"))).isNotNull();
		return new String(PdfReader.getStreamBytes(stream), StandardCharsets.US_ASCII);
	}

	private static boolean allFontsEmbedded(PdfReader reader) {
		PdfDictionary fontsOnPage = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
		assertThat(fontsOnPage.size()).isPositive();
		for (PdfName key : fontsOnPage.getKeys()) {
			PdfDictionary font = fontsOnPage.getAsDict(key);
			PdfDictionary descendant = (PdfDictionary) PdfReader
				.getPdfObject(font.getAsArray(PdfName.DESCENDANTFONTS).getPdfObject(0));
			PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
			if (descriptor.get(PdfName.FONTFILE2) == null) {
				return false;
			}
		}
		return true;
	}

	private String text(byte[] pdf) throws Exception {
		assumeThat(tool("pdftotext")).as("pdftotext (poppler-utils) is needed; .ci/run installs it").isTrue();
		Path file = dir.resolve("certificate.pdf");
		Files.write(file, pdf);
		Path out = dir.resolve("certificate.txt");
		run("pdftotext", "-enc", "UTF-8", file.toString(), out.toString());
		return Files.readString(out).replaceAll("\\s+", " ");
	}

	/** Checks the PDF signature with an independent implementation: poppler's pdfsig (NSS). */
	private String signatureCheck(byte[] pdf) throws Exception {
		assumeThat(tool("pdfsig")).as("pdfsig (poppler-utils) is needed; .ci/run installs it").isTrue();
		Path file = dir.resolve("signed.pdf");
		Files.write(file, pdf);
		Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
		process.waitFor(30, TimeUnit.SECONDS);
		return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	/** Renders the page at 150 dpi and reads the QR code where a phone would point: at the code. */
	private String qrAt150Dpi(byte[] pdf, CertificateTemplate.QrBlock qr) throws Exception {
		assumeThat(tool("pdftoppm")).as("pdftoppm (poppler-utils) is needed; .ci/run installs it").isTrue();
		Path file = dir.resolve("qr.pdf");
		Files.write(file, pdf);
		run("pdftoppm", "-r", "150", "-png", "-singlefile", file.toString(), dir.resolve("page").toString());
		BufferedImage page = ImageIO.read(dir.resolve("page.png").toFile());
		float scale = 150f / 72f;
		int margin = 20;
		int x = Math.max(0, (int) (qr.x() * scale) - margin);
		int y = Math.max(0, page.getHeight() - (int) ((qr.y() + qr.size()) * scale) - margin);
		int side = (int) (qr.size() * scale) + 2 * margin;
		BufferedImage image = page.getSubimage(x, y, Math.min(side, page.getWidth() - x),
				Math.min(side, page.getHeight() - y));
		assertThat(qr.size() / 72f * 2.54f).as("printed QR size in cm").isGreaterThanOrEqualTo(2f);
		// as the verifier's upload reader does (and a phone, frame after frame, at other distances):
		// ZXing's detector loses some symbols at one scale and finds them at another
		for (double zoom : new double[] { 1, 0.75, 1.5, 0.5 }) {
			String text = zxing(zoom(image, zoom));
			if (text != null) {
				return text;
			}
		}
		throw new AssertionError("ZXing found no QR code in the 150 dpi rendering at any zoom");
	}

	private static @Nullable String zxing(BufferedImage image) {
		BufferedImageLuminanceSource source = new BufferedImageLuminanceSource(image);
		for (var binarizer : List.of(new HybridBinarizer(source), new GlobalHistogramBinarizer(source))) {
			try {
				return new QRCodeReader().decode(new BinaryBitmap(binarizer), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
					.getText();
			}
			catch (ReaderException ex) {
				// try the next way
			}
		}
		return null;
	}

	private static BufferedImage zoom(BufferedImage image, double zoom) {
		if (zoom == 1) {
			return image;
		}
		BufferedImage zoomed = new BufferedImage((int) (image.getWidth() * zoom), (int) (image.getHeight() * zoom),
				BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = zoomed.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.drawImage(image, 0, 0, zoomed.getWidth(), zoomed.getHeight(), null);
		graphics.dispose();
		return zoomed;
	}

	private static boolean tool(String name) {
		try {
			return new ProcessBuilder("which", name).start().waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	private static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: "
					+ new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		}
	}

}
