package org.skillcred.issuer.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfFileSpecification;
import org.openpdf.text.pdf.PdfImportedPage;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Renders a certificate PDF from a template: vector background, text set in the bundled fonts
 * (Arabic right to left with joined letters, any script in names), the QR code as vector squares,
 * and the signed credential embedded as {@code credential.jwt} ({@code application/vc+jwt}, a
 * PDF/A-3 style associated file). Text stays real text, so it can be copied and read aloud.
 * Thread-safe; templates and fonts are parsed once.
 */
@Component
public class CertificateRenderer {

	/** File name of the embedded credential. */
	public static final String CREDENTIAL_FILE = "credential.jwt";

	private final CertificateFonts fonts;

	private final CertificateLabels labels;

	private final PdfSignatures signatures;

	private final TemplateCatalog catalog;

	private final Map<String, Image> images = new ConcurrentHashMap<>();

	/**
	 * Texts known to fit their block: a batch checks thousands of certificates whose texts differ
	 * only in the learner's name, so the achievement's texts are laid out once.
	 */
	private final Cache<String, Boolean> fitting = Caffeine.newBuilder().maximumSize(4096).build();

	CertificateRenderer(CertificateFonts fonts, CertificateLabels labels, PdfSignatures signatures,
			TemplateCatalog catalog) {
		this.fonts = fonts;
		this.labels = labels;
		this.signatures = signatures;
		this.catalog = catalog;
	}

	/**
	 * Renders one certificate and signs it with the issuer's key.
	 * @param template the template version recorded with the credential
	 * @param data what goes on it
	 * @return the signed PDF
	 */
	public byte[] renderSigned(CertificateTemplate template, CertificateData data) {
		return signatures.sign(render(template, data), data.issuerId(), data.issuerName());
	}

	/**
	 * Checks, without drawing, that every text of a certificate fits its box: run when a credential
	 * is issued, so that a name or description too long for the template is refused then rather
	 * than when the learner downloads the certificate.
	 * @param template the template version
	 * @param data what would go on it
	 * @throws CertificateLayoutException naming the text that does not fit
	 */
	public void requireFits(CertificateTemplate template, CertificateData data) {
		try {
			List<CertificateTemplate.TextBlock> blocks = template.texts();
			for (int i = 0; i < blocks.size(); i++) {
				CertificateTemplate.TextBlock block = blocks.get(i);
				String text = fill(block.text(), data);
				String key = template.key() + "/" + template.version() + "/" + i + "/" + data.language() + "/" + text;
				if (!text.isBlank() && fitting.getIfPresent(key) == null) {
					drawText(null, block, text, data.language());
					fitting.put(key, Boolean.TRUE);
				}
			}
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Laying out the certificate failed", ex);
		}
	}

	/**
	 * Renders one certificate.
	 * @param template the template version recorded with the credential
	 * @param data what goes on it
	 * @return the PDF
	 * @throws CertificateLayoutException when a text does not fit its box even at the smallest size
	 */
	public byte[] render(CertificateTemplate layout, CertificateData data) {
		Rectangle size = "LETTER".equalsIgnoreCase(layout.page().size()) ? PageSize.LETTER : PageSize.A4;
		Rectangle page = "landscape".equalsIgnoreCase(layout.page().orientation()) ? size.rotate() : size;
		boolean rtl = labels.languages().get(data.language()).rtl();
		CertificateTemplate template = rtl ? layout.mirrored(page.getWidth()) : layout;
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		Document document = new Document(page, 0, 0, 0, 0);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setTagged(); // a structure tree in reading order, for screen readers and text extraction
		describe(document, writer, data);
		document.open();
		try {
			PdfContentByte canvas = writer.getDirectContent();
			PdfStructureElement body = new PdfStructureElement(writer.getStructureTreeRoot(), new PdfName("Document"));
			body.put(PdfName.LANG, new PdfString(data.language()));
			drawBackground(writer.getDirectContentUnder(), template.background(), page);
			drawArtwork(writer, template, page);
			for (CertificateTemplate.ImageBlock block : template.images()) {
				Image image = image(template, block.file());
				float height = block.width() * image.getHeight() / image.getWidth();
				canvas.addImage(image, block.width(), 0, 0, height, block.x(), block.y());
			}
			for (CertificateTemplate.TextBlock block : template.texts()) {
				String text = fill(block.text(), data);
				if (!text.isBlank()) {
					// one paragraph of the structure, in template order (the reading order), carrying
					// the text in logical order: shaped Arabic extracts and reads as written
					PdfStructureElement paragraph = new PdfStructureElement(body, PdfName.P);
					paragraph.put(new PdfName("ActualText"), new PdfString(text, PdfObject.TEXT_UNICODE));
					canvas.beginMarkedContentSequence(paragraph);
					drawText(canvas, block, text, data.language());
					canvas.endMarkedContentSequence();
				}
			}
			if (template.brand() != null && data.branding() != null) {
				drawBrand(canvas, body, template.brand(), data.branding(), data.language(), rtl);
			}
			PdfStructureElement figure = new PdfStructureElement(body, new PdfName("Figure"));
			figure.put(new PdfName("Alt"), new PdfString(labels.label(data.language(), "verifyAt") + ": " + data.verifyUrl(),
					PdfObject.TEXT_UNICODE));
			canvas.beginMarkedContentSequence(figure);
			CertificateTemplate.QrBlock qr = template.qrInsideFrame(page.getWidth(), page.getHeight());
			QrCodes.draw(canvas, QrCodes.encode(data.verifyUrl()), qr.x(), qr.y(), qr.size());
			canvas.endMarkedContentSequence();
			if (data.status() != null) {
				drawStamp(canvas, page, labels.label(data.language(), data.status()));
			}
			attachCredential(writer, data.credentialJwt());
			document.add(new org.openpdf.text.Chunk(""));
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("Rendering the certificate failed", ex);
		}
		finally {
			document.close();
		}
		return LogicalArabicText.of(out.toByteArray());
	}

	/** Partner images, parsed and compressed once each (a logo is on every certificate of a partner). */
	private final Cache<String, Image> brandImages = Caffeine.newBuilder().maximumSize(256).build();

	private Image brandImage(byte[] bytes) {
		String key;
		try {
			key = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		return brandImages.get(key, k -> {
			try {
				return PrecompressedImages.of(Image.getInstance(bytes));
			}
			catch (IOException | DocumentException ex) {
				throw new IllegalStateException("A partner image cannot be read", ex);
			}
		});
	}

	/** Fits an image into a box, keeping its proportions, centred. */
	private void drawImage(PdfContentByte canvas, byte[] bytes, CertificateTemplate.Box box) throws DocumentException {
		Image image = brandImage(bytes);
		float scale = Math.min(box.width() / image.getWidth(), box.height() / image.getHeight());
		float width = image.getWidth() * scale;
		float height = image.getHeight() * scale;
		canvas.addImage(image, width, 0, 0, height, box.x() + (box.width() - width) / 2, box.y() + (box.height() - height) / 2);
	}

	/**
	 * The partner's logo and seal, and its signatories side by side: the signature above a rule,
	 * the name in bold and the title under it. Names and titles shrink to fit their column.
	 */
	private void drawBrand(PdfContentByte canvas, PdfStructureElement body, CertificateTemplate.Brand brand,
			CertificateData.Branding branding, String language, boolean rtl) throws DocumentException {
		if (brand.logo() != null && branding.logo() != null) {
			drawImage(canvas, branding.logo(), brand.logo());
		}
		if (brand.seal() != null && branding.seal() != null) {
			drawImage(canvas, branding.seal(), brand.seal());
		}
		CertificateTemplate.Box box = brand.signatories();
		if (box == null || branding.signatories().isEmpty()) {
			return;
		}
		int count = branding.signatories().size();
		float column = box.width() / count;
		for (int i = 0; i < count; i++) {
			// the first signatory where reading starts: the left, or the right in a right-to-left layout
			CertificateData.Signatory person = branding.signatories().get(rtl ? count - 1 - i : i);
			float x = box.x() + i * column;
			if (person.signature() != null) {
				drawImage(canvas, person.signature(),
						new CertificateTemplate.Box(x + 10, box.y() + box.height() * 0.5f, column - 20, box.height() * 0.5f));
			}
			canvas.saveState();
			canvas.setColorStroke(new Color(85, 89, 95));
			canvas.setLineWidth(0.6f);
			canvas.moveTo(x + 14, box.y() + box.height() * 0.47f);
			canvas.lineTo(x + column - 14, box.y() + box.height() * 0.47f);
			canvas.stroke();
			canvas.restoreState();
			for (boolean name : new boolean[] { true, false }) {
				String text = name ? person.name() : person.title();
				PdfStructureElement paragraph = new PdfStructureElement(body, PdfName.P);
				paragraph.put(new PdfName("ActualText"), new PdfString(text, PdfObject.TEXT_UNICODE));
				canvas.beginMarkedContentSequence(paragraph);
				try {
					drawText(canvas, signatoryText(box, count, i, text, name), text, language);
				}
				catch (CertificateLayoutException ex) {
					// brandings are checked when they are set (signatoryThatCannotBePrinted); one stored
					// before that check may still hold a name too long, which is left out rather than cut
				}
				canvas.endMarkedContentSequence();
			}
		}
	}

	/** Where the name (bold, over the title) or the title of signatory {@code i} of {@code count} goes. */
	private static CertificateTemplate.TextBlock signatoryText(CertificateTemplate.Box box, int count, int i, String text,
			boolean name) {
		float column = box.width() / count;
		float line = box.height() * 0.22f;
		return new CertificateTemplate.TextBlock(text, box.x() + i * column + 4, box.y() + (name ? line : 0), column - 8,
				line, name ? 10 : 8.5f, 5, name ? "bold" : "regular", name ? "#1D1D1F" : "#55595F", "center");
	}

	/**
	 * Checks signatories against the fonts and the place every current template gives them, before
	 * a partner's branding is stored, so that no certificate has to leave a name out or print it blank.
	 * @param people the signatories, in order
	 * @return the first text that cannot be printed in full, with its field ({@code signatories[1].name})
	 * and why, or empty when all can
	 */
	public Optional<Unprintable> signatoryThatCannotBePrinted(List<CertificateData.Signatory> people) {
		for (int i = 0; i < people.size(); i++) {
			for (boolean name : new boolean[] { true, false }) {
				String text = name ? people.get(i).name() : people.get(i).title();
				String reason = whyUnprintable(text, name, i, people.size());
				if (reason != null) {
					return Optional.of(new Unprintable("signatories[" + i + "]." + (name ? "name" : "title"), reason));
				}
			}
		}
		return Optional.empty();
	}

	private @Nullable String whyUnprintable(String text, boolean name, int index, int count) {
		if (!text.isBlank() && !fonts.covers(text)) {
			return "has characters the certificate fonts cannot print";
		}
		if (name && !fonts.printsVisibly(text)) {
			return "would print blank";
		}
		for (CertificateTemplate template : catalog.latestVersions()) {
			CertificateTemplate.Box box = (template.brand() != null) ? template.brand().signatories() : null;
			if (box != null && !text.isBlank() && !fitsSomeSize(signatoryText(box, count, index, text, name), text)) {
				return "is too long for its place on the certificates, even in the smallest type";
			}
		}
		return null;
	}

	/**
	 * A text of a branding that cannot be printed in full.
	 * @param field where it is, as {@code signatories[1].name}
	 * @param reason why, to follow the field's name in a sentence
	 */
	public record Unprintable(String field, String reason) {
	}

	private boolean fitsSomeSize(CertificateTemplate.TextBlock block, String text) {
		try {
			// widths do not depend on the direction, so a left-to-right layout stands for both
			drawText(null, block, text, "en");
			return true;
		}
		catch (CertificateLayoutException ex) {
			return false;
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Laying out the signatories failed", ex);
		}
	}

	private void describe(Document document, PdfWriter writer, CertificateData data) {
		document.addTitle(data.achievementName() + " · " + data.learnerName());
		document.addAuthor(data.issuerName());
		document.addSubject(data.credentialId());
		document.addCreator("SkillCred");
		writer.getExtraCatalog().put(PdfName.LANG, new PdfString(data.language()));
	}

	private static void drawBackground(PdfContentByte under, CertificateTemplate.Background background, Rectangle page) {
		under.saveState();
		under.setColorFill(color(background.color()));
		under.rectangle(0, 0, page.getWidth(), page.getHeight());
		under.fill();
		// the band and every decoration stay inside the frame: nothing runs to the paper's edge,
		// which printers cut unevenly
		float inside = (background.border() != null) ? background.border().inset() + background.border().width() / 2 : 0;
		if (background.band() != null) {
			under.setColorFill(color(background.band().color()));
			under.rectangle(inside, background.band().y(), page.getWidth() - 2 * inside, background.band().height());
			under.fill();
		}
		if (background.border() != null) {
			CertificateTemplate.Border border = background.border();
			under.setColorStroke(color(border.color()));
			under.setLineWidth(border.width());
			under.rectangle(border.inset(), border.inset(), page.getWidth() - 2 * border.inset(),
					page.getHeight() - 2 * border.inset());
			under.stroke();
			// a fine second rule just inside: the double frame of a printed certificate
			float rule = border.innerRule();
			under.setLineWidth(0.75f);
			under.rectangle(rule, rule, page.getWidth() - 2 * rule, page.getHeight() - 2 * rule);
			under.stroke();
		}
		under.restoreState();
	}

	/** A designer's background: an image stretched over the page, or the first page of a PDF. */
	private void drawArtwork(PdfWriter writer, CertificateTemplate template, Rectangle page)
			throws DocumentException, IOException {
		PdfContentByte under = writer.getDirectContentUnder();
		if (template.background().image() != null) {
			under.addImage(image(template, template.background().image()), page.getWidth(), 0, 0, page.getHeight(), 0, 0);
		}
		if (template.background().pdf() != null) {
			PdfReader artwork = new PdfReader(
					catalog.asset(template, template.background().pdf()));
			PdfImportedPage imported = writer.getImportedPage(artwork, 1);
			under.addTemplate(imported, page.getWidth() / imported.getWidth(), 0, 0,
					page.getHeight() / imported.getHeight(), 0, 0);
			writer.freeReader(artwork);
		}
	}

	/**
	 * Images are parsed and compressed once per template file; OpenPDF images are immutable once
	 * built.
	 */
	private Image image(CertificateTemplate template, String file) {
		return images.computeIfAbsent(template.key() + "/" + template.version() + "/" + file, key -> {
			try {
				return PrecompressedImages.of(Image.getInstance(catalog.asset(template, file)));
			}
			catch (IOException | DocumentException ex) {
				throw new IllegalStateException("Template image " + key + " cannot be read", ex);
			}
		});
	}

	/**
	 * Sets a text in its box at the largest size, down to the template's minimum, that fits; with
	 * no canvas, only checks that it fits.
	 */
	private void drawText(@Nullable PdfContentByte canvas, CertificateTemplate.TextBlock block, String text, String language)
			throws DocumentException {
		boolean rtlTemplate = labels.languages().get(language).rtl();
		for (float size = block.size(); size >= block.minSize(); size -= 0.5f) {
			if (fits(canvas, block, text, size, rtlTemplate, true)) {
				if (canvas != null) {
					fits(canvas, block, text, size, rtlTemplate, false);
				}
				return;
			}
		}
		throw new CertificateLayoutException("The text '" + abbreviate(text)
				+ "' does not fit its place on the certificate even at the smallest size");
	}

	/**
	 * Lays out a text in its box. The text's own direction comes from its first strong character
	 * (an English description on an Arabic certificate reads left to right, with its full stop at
	 * the end); the alignment mirrors for a right-to-left template.
	 */
	private boolean fits(@Nullable PdfContentByte canvas, CertificateTemplate.TextBlock block, String text, float size,
			boolean rtlTemplate, boolean simulate) throws DocumentException {
		Phrase phrase = fonts.phrase(text, size, "bold".equalsIgnoreCase(block.weight()), color(block.color()));
		ColumnText column = new ColumnText(canvas);
		boolean rtlRun = rightToLeft(text, rtlTemplate);
		column.setRunDirection(rtlRun ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
		column.setArabicOptions(ColumnText.AR_COMPOSEDTASHKEEL);
		// a right-to-left run reads "left" as its start (the right edge): swap only where the run and
		// the layout go different ways, so every text of a mirrored layout hugs the mirrored edge
		column.setSimpleColumn(phrase, block.x(), block.y(), block.x() + block.width(), block.y() + block.height(),
				size * 1.2f, alignment(block.align(), rtlTemplate != rtlRun));
		int status = column.go(simulate);
		return !ColumnText.hasMoreText(status);
	}

	/** The direction of a text by its first strong character (Unicode bidi rule P2), else the template's. */
	static boolean rightToLeft(String text, boolean otherwise) {
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			byte direction = Character.getDirectionality(codePoint);
			if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
				return false;
			}
			if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
					|| direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
				return true;
			}
			i += Character.charCount(codePoint);
		}
		return otherwise;
	}

	private static int alignment(String align, boolean rtl) {
		return switch (align.toLowerCase(Locale.ROOT)) {
			case "left" -> rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
			case "right" -> rtl ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
			default -> Element.ALIGN_CENTER;
		};
	}

	private void drawStamp(PdfContentByte canvas, Rectangle page, String word) {
		canvas.saveState();
		Phrase stamp = fonts.phrase(word, 72, true, new Color(164, 22, 26, 140));
		ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, stamp, page.getWidth() / 2, page.getHeight() / 2 - 30,
				20);
		canvas.restoreState();
	}

	private static void attachCredential(PdfWriter writer, String jwt) throws IOException {
		PdfFileSpecification file = PdfFileSpecification.fileEmbedded(writer, null, CREDENTIAL_FILE,
				jwt.getBytes(StandardCharsets.US_ASCII), true, "application/vc+jwt", null);
		file.put(new PdfName("AFRelationship"), new PdfName("Source"));
		file.put(PdfName.DESC, new PdfString("The signed verifiable credential this certificate shows"));
		writer.addFileAttachment(file);
		PdfArray associated = new PdfArray();
		associated.add(file.getReference());
		writer.getExtraCatalog().put(new PdfName("AF"), associated);
	}

	private String fill(String text, CertificateData data) {
		DateTimeFormatter dates = labels.languages().get(data.language()).dates();
		String filled = text;
		int start;
		while ((start = filled.indexOf("{label.")) >= 0) {
			int end = filled.indexOf('}', start);
			filled = filled.substring(0, start) + labels.label(data.language(), filled.substring(start + 7, end))
					+ filled.substring(end + 1);
		}
		if ((filled.contains("{validUntil}") && data.validUntil() == null)
				|| (filled.contains("{competencies}") && data.competencies().isEmpty())) {
			return "";
		}
		return filled.replace("{learnerName}", data.learnerName())
			.replace("{achievementName}", data.achievementName())
			.replace("{achievementDescription}", data.achievementDescription())
			.replace("{competencies}", String.join("\n", data.competencies().stream().map(c -> "• " + c).toList()))
			.replace("{issuerName}", data.issuerName())
			.replace("{issuedOn}", dates.format(data.issuedOn()))
			.replace("{validUntil}", (data.validUntil() != null) ? dates.format(data.validUntil()) : "")
			.replace("{credentialId}", data.credentialId())
			.replace("{verifyUrl}", data.verifyUrl());
	}

	private static Color color(String hex) {
		return Color.decode(hex.startsWith("#") ? hex : "#" + hex);
	}

	private static String abbreviate(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

}
