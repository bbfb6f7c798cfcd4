package org.skillcred.issuer.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;

/**
 * Makes Arabic on a certificate copy and search as the letters it is written with. Arabic is set
 * in its contextual shapes (the initial, medial, final and isolated forms of each letter, and the
 * lam-alef ligatures), and the PDF's text map (each font's {@code ToUnicode} CMap) named those
 * shapes: a name copied out of the PDF was a string of presentation forms that matches nothing
 * typed. The map is rewritten so each shape stands for its letters (Unicode compatibility
 * decomposition, NFKC: U+FEB7 ARABIC LETTER SHEEN INITIAL FORM is U+0634 SHEEN), as the Unicode
 * standard intends these forms to be read.
 */
final class LogicalArabicText {

	private static final Pattern ENTRY = Pattern.compile("<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]{4})>");

	private LogicalArabicText() {
	}

	/**
	 * The PDF with its text maps naming letters instead of Arabic presentation forms; unchanged when
	 * it maps none.
	 * @param pdf the rendered, not yet signed, PDF
	 * @return the PDF
	 */
	static byte[] of(byte[] pdf) {
		try {
			PdfReader reader = new PdfReader(pdf);
			boolean changed = false;
			for (int i = 1; i < reader.getXrefSize(); i++) {
				if (reader.getPdfObject(i) instanceof PdfDictionary font && PdfName.FONT.equals(font.getAsName(PdfName.TYPE))
						&& PdfReader.getPdfObject(font.get(PdfName.TOUNICODE)) instanceof PRStream map) {
					String cmap = new String(PdfReader.getStreamBytes(map), StandardCharsets.ISO_8859_1);
					String logical = logical(cmap);
					if (!logical.equals(cmap)) {
						map.setData(logical.getBytes(StandardCharsets.ISO_8859_1));
						changed = true;
					}
				}
			}
			if (!changed) {
				return pdf;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
			new PdfStamper(reader, out).close();
			return out.toByteArray();
		}
		catch (IOException | DocumentException ex) {
			throw new IllegalStateException("Rewriting the certificate's text map failed", ex);
		}
	}

	/** A CMap with each single-glyph entry that names a presentation form naming its letters instead. */
	static String logical(String cmap) {
		Matcher entry = ENTRY.matcher(cmap);
		StringBuilder out = new StringBuilder(cmap.length());
		while (entry.find()) {
			int codePoint = Integer.parseInt(entry.group(3), 16);
			String replacement = entry.group();
			if (entry.group(1).equalsIgnoreCase(entry.group(2)) && isPresentationForm(codePoint)) {
				String letters = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
				replacement = "<" + entry.group(1) + "><" + entry.group(2) + "><"
						+ HexFormat.of().withUpperCase().formatHex(letters.getBytes(StandardCharsets.UTF_16BE)) + ">";
			}
			entry.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		entry.appendTail(out);
		return out.toString();
	}

	/** Arabic Presentation Forms-A (U+FB50–U+FDFF) and -B (U+FE70–U+FEFF). */
	private static boolean isPresentationForm(int codePoint) {
		return (codePoint >= 0xFB50 && codePoint <= 0xFDFF) || (codePoint >= 0xFE70 && codePoint <= 0xFEFE);
	}

}
