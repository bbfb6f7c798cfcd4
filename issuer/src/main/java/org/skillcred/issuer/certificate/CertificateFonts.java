package org.skillcred.issuer.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.Deflater;

import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The fonts certificates are set in, loaded once into memory (OpenPDF re-reads a font given by
 * path for every document, which is 7 times slower) and embedded as subsets.
 * <p>
 * Each character takes the first font that has a glyph for it, in this order: Noto Sans (Latin,
 * Cyrillic, Greek), Noto Naskh Arabic, the common-characters subset of Droid Sans Fallback (all
 * of GB2312, kana, CJK punctuation), then the full Droid Sans Fallback (every other CJK character). {@link #covers} tells, before
 * anything is issued, whether a name can be printed at all. Thread-safe.
 */
@Component
public class CertificateFonts {

	/** Hangul fillers: letters to Unicode, blank on paper. */
	private static final java.util.Set<Integer> HANGUL_FILLERS = java.util.Set.of(0x115F, 0x1160, 0x3164, 0xFFA0);

	private final BaseFont regular;

	private final BaseFont bold;

	private final List<BaseFont> fallbacks;

	CertificateFonts(TemplateProperties properties) throws IOException {
		String base = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
		DefaultResourceLoader loader = new DefaultResourceLoader();
		this.regular = load(loader.getResource(base + "fonts/NotoSans-Regular.ttf"));
		this.bold = load(loader.getResource(base + "fonts/NotoSans-Bold.ttf"));
		// the common CJK subset first: a PDF embeds the width and offset tables of every glyph of a
		// font it uses, which for the full CJK font (49,000 glyphs) cost more than the rest of the page
		this.fallbacks = List.of(load(loader.getResource(base + "fonts/NotoNaskhArabic-Regular.ttf")),
				load(loader.getResource(base + "fonts/DroidSansFallbackCommon.ttf")),
				load(loader.getResource(base + "fonts/DroidSansFallbackFull.ttf")));
		this.arabicBold = load(loader.getResource(base + "fonts/NotoNaskhArabic-Bold.ttf"));
	}

	private final BaseFont arabicBold;

	private static BaseFont load(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			byte[] bytes = in.readAllBytes();
			BaseFont font = BaseFont.createFont(resource.getFilename(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					bytes, null);
			// OpenPDF's subsets keep the whole width and glyph-offset tables, hundreds of kilobytes
			// for the CJK font, and compressing them dominated rendering time; the fastest level
			// costs a few kilobytes per certificate
			font.setCompressionLevel(Deflater.BEST_SPEED);
			return font;
		}
	}

	/**
	 * Sets a text in the certificate fonts, choosing a font per character.
	 * @param text the text
	 * @param size the font size
	 * @param boldWeight whether to use the bold Latin face
	 * @param color the colour
	 * @return the phrase
	 */
	Phrase phrase(String text, float size, boolean boldWeight, java.awt.Color color) {
		FontSelector selector = new FontSelector();
		selector.addFont(new Font(boldWeight ? bold : regular, size, Font.NORMAL, color));
		if (boldWeight) {
			selector.addFont(new Font(arabicBold, size, Font.NORMAL, color));
		}
		for (BaseFont fallback : fallbacks) {
			selector.addFont(new Font(fallback, size, Font.NORMAL, color));
		}
		Phrase phrase = selector.process(text);
		if (boldWeight) {
			// the CJK font has no bold face: its glyphs are emboldened by stroking their outlines
			// too, as PDF readers do for a missing bold, so Chinese names weigh what Latin ones do
			for (Object element : phrase) {
				if (element instanceof org.openpdf.text.Chunk chunk && fallbacks.subList(1, fallbacks.size())
					.contains(chunk.getFont().getBaseFont())) {
					chunk.setTextRenderMode(org.openpdf.text.pdf.PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE,
							size / 30f, color);
				}
			}
		}
		return phrase;
	}

	/**
	 * Whether every character of a text has a glyph in one of the fonts.
	 * @param text the text
	 * @return true when it can be printed
	 */
	public boolean covers(String text) {
		return text.codePoints().allMatch(this::covers);
	}

	/**
	 * Whether a text would leave ink on the certificate: at least one letter, digit or ideograph
	 * whose glyph draws something. A name made only of spaces, no-break spaces, Hangul fillers
	 * (U+3164 is a "letter" to Unicode but prints nothing) or invisible characters would print as
	 * a blank certificate.
	 * @param text the text
	 * @return true when some character of it prints visibly
	 */
	public boolean printsVisibly(String text) {
		return text.codePoints().anyMatch(this::printsVisibly);
	}

	private boolean printsVisibly(int codePoint) {
		if (!(Character.isLetterOrDigit(codePoint) || Character.isIdeographic(codePoint))
				|| HANGUL_FILLERS.contains(codePoint)) {
			return false;
		}
		BaseFont font = regular.charExists(codePoint) ? regular
				: fallbacks.stream().filter(f -> f.charExists(codePoint)).findFirst().orElse(null);
		if (font == null) {
			return false;
		}
		int[] box = font.getCharBBox(codePoint);
		return box == null || (box[2] > box[0] && box[3] > box[1]);
	}

	private boolean covers(int codePoint) {
		if (Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
			return true;
		}
		if (regular.charExists(codePoint)) {
			return true;
		}
		for (BaseFont fallback : fallbacks) {
			if (fallback.charExists(codePoint)) {
				return true;
			}
		}
		return false;
	}

}
