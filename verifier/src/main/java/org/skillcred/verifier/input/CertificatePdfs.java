package org.skillcred.verifier.input;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.InflaterInputStream;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.RandomAccessFileOrArray;

/**
 * Finds the signed credential embedded in a SkillCred certificate PDF: a file attachment
 * ({@code credential.jwt}, media type {@code application/vc+jwt}).
 * <p>
 * The PDF is read lazily (only the objects that are needed), the number of pages is capped, and an
 * attachment is inflated by this class with a hard output limit, never by the PDF library, so a
 * compressed "bomb" cannot exhaust memory.
 */
final class CertificatePdfs {

	private static final String CREDENTIAL_FILE = "credential.jwt";

	/** A name tree deeper than this, or with more entries, is not a certificate's. */
	private static final int MAX_TREE_DEPTH = 16;

	private static final int MAX_TREE_ENTRIES = 256;

	private final int maxPages;

	private final int maxAttachment;

	private final int maxObjects;

	private final int maxNesting;

	CertificatePdfs(int maxPages, int maxAttachment, int maxObjects, int maxNesting) {
		this.maxPages = maxPages;
		this.maxAttachment = maxAttachment;
		this.maxObjects = maxObjects;
		this.maxNesting = maxNesting;
	}

	/**
	 * The embedded credential and the PDF's signature.
	 *
	 * @param credential the compact JWT
	 * @param signature what the PDF's digital signature says
	 */
	record Contents(String credential, PdfSignatureInfo signature) {
	}

	Contents read(byte[] pdf) throws UnusableUploadException {
		if (!PdfNesting.within(pdf, maxNesting)) {
			throw new UnusableUploadException(UnusableUploadException.Reason.TOO_COMPLEX,
					"The PDF's objects are nested too deeply for a certificate.");
		}
		PdfReader reader;
		try {
			reader = new PdfReader(new RandomAccessFileOrArray(pdf), null);
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			throw new UnusableUploadException(UnusableUploadException.Reason.INVALID_PDF,
					"The file is not a readable PDF.");
		}
		try {
			if (reader.getXrefSize() > maxObjects) {
				throw new UnusableUploadException(UnusableUploadException.Reason.TOO_COMPLEX,
						"The PDF has more than " + maxObjects + " objects; a certificate has a few dozen.");
			}
			if (reader.getNumberOfPages() > maxPages) {
				throw new UnusableUploadException(UnusableUploadException.Reason.FILE_TOO_LARGE,
						"The PDF has more than " + maxPages + " pages; a certificate has one or two.");
			}
			List<PdfDictionary> files = attachments(reader);
			PdfDictionary chosen = null;
			for (PdfDictionary file : files) {
				if (chosen == null || CREDENTIAL_FILE.equals(fileName(file))) {
					chosen = file;
				}
			}
			if (chosen == null) {
				throw new UnusableUploadException(UnusableUploadException.Reason.NO_CREDENTIAL_IN_PDF,
						"The PDF carries no embedded credential.");
			}
			String content = new String(read(chosen), StandardCharsets.UTF_8).strip();
			if (!content.startsWith("ey")) {
				throw new UnusableUploadException(UnusableUploadException.Reason.NO_CREDENTIAL_IN_PDF,
						"The PDF's attachment is not a signed credential.");
			}
			return new Contents(content, PdfSignatureReader.read(reader, pdf));
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			// a reference cycle the library follows recursively ends here, as an unreadable PDF
			throw new UnusableUploadException(UnusableUploadException.Reason.INVALID_PDF,
					"The PDF's attachments could not be read.");
		}
		finally {
			reader.close();
		}
	}

	private static List<PdfDictionary> attachments(PdfReader reader) {
		List<PdfDictionary> files = new ArrayList<>();
		PdfDictionary names = reader.getCatalog().getAsDict(PdfName.NAMES);
		PdfDictionary embedded = (names != null) ? names.getAsDict(PdfName.EMBEDDEDFILES) : null;
		if (embedded != null) {
			collectNames(embedded, 0, new int[] { MAX_TREE_ENTRIES }, files);
		}
		PdfArray associated = reader.getCatalog().getAsArray(new PdfName("AF"));
		if (associated != null) {
			for (int i = 0; i < associated.size(); i++) {
				if (PdfReader.getPdfObject(associated.getPdfObject(i)) instanceof PdfDictionary dict) {
					files.add(dict);
				}
			}
		}
		return files;
	}

	/**
	 * Walks a name tree (ISO 32000-1 §7.9.6) with limits on depth, entries and nodes visited, so a
	 * tree whose kids refer back to an ancestor ends instead of recursing forever.
	 */
	private static void collectNames(PdfDictionary node, int depth, int[] nodesLeft, List<PdfDictionary> files) {
		if (depth > MAX_TREE_DEPTH || --nodesLeft[0] < 0 || files.size() > MAX_TREE_ENTRIES) {
			return;
		}
		PdfArray names = node.getAsArray(PdfName.NAMES);
		if (names != null) {
			for (int i = 1; i < names.size() && files.size() <= MAX_TREE_ENTRIES; i += 2) {
				if (PdfReader.getPdfObject(names.getPdfObject(i)) instanceof PdfDictionary dict) {
					files.add(dict);
				}
			}
		}
		PdfArray kids = node.getAsArray(PdfName.KIDS);
		if (kids != null) {
			for (int i = 0; i < kids.size(); i++) {
				if (PdfReader.getPdfObject(kids.getPdfObject(i)) instanceof PdfDictionary kid) {
					collectNames(kid, depth + 1, nodesLeft, files);
				}
			}
		}
	}

	private static @Nullable String fileName(PdfDictionary spec) {
		for (PdfName key : new PdfName[] { PdfName.UF, PdfName.F }) {
			if (PdfReader.getPdfObject(spec.get(key)) instanceof PdfString name) {
				return name.toUnicodeString();
			}
		}
		return null;
	}

	private byte[] read(PdfDictionary spec) throws IOException, UnusableUploadException {
		PdfDictionary ef = spec.getAsDict(PdfName.EF);
		PdfObject stream = (ef != null) ? PdfReader.getPdfObject(ef.get(PdfName.F)) : null;
		if (!(stream instanceof PRStream prStream)) {
			throw new UnusableUploadException(UnusableUploadException.Reason.NO_CREDENTIAL_IN_PDF,
					"The PDF's attachment has no content.");
		}
		byte[] raw = PdfReader.getStreamBytesRaw(prStream);
		PdfObject filter = PdfReader.getPdfObject(prStream.get(PdfName.FILTER));
		if (filter == null) {
			return limit(raw.length, raw);
		}
		if (!PdfName.FLATEDECODE.equals(filter) && !(filter instanceof PdfArray array && array.size() == 1
				&& PdfName.FLATEDECODE.equals(PdfReader.getPdfObject(array.getPdfObject(0))))) {
			throw new UnusableUploadException(UnusableUploadException.Reason.INVALID_PDF,
					"The PDF's attachment uses an unsupported encoding.");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(raw))) {
			byte[] buffer = new byte[8192];
			int n;
			while ((n = in.read(buffer)) > 0) {
				limit(out.size() + n, null);
				out.write(buffer, 0, n);
			}
		}
		return out.toByteArray();
	}

	private byte[] limit(long size, byte[] bytes) throws UnusableUploadException {
		if (size > maxAttachment) {
			throw new UnusableUploadException(UnusableUploadException.Reason.FILE_TOO_LARGE,
					"The PDF's attachment is larger than " + maxAttachment + " bytes.");
		}
		return bytes;
	}

}
