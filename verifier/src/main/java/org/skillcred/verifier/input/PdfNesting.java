package org.skillcred.verifier.input;

/**
 * Measures how deeply arrays and dictionaries nest in a PDF, in one pass over its bytes and
 * before the PDF library sees it: the library parses nested objects recursively, so a file of
 * {@code [[[[…} or {@code <<<<…} 100,000 deep would overflow its stack. Strings, comments and
 * stream contents are skipped, since brackets inside them are data.
 */
final class PdfNesting {

	private PdfNesting() {
	}

	/**
	 * Whether the nesting stays within a limit.
	 * @param pdf the file
	 * @param limit the deepest nesting allowed
	 * @return true when no object nests deeper
	 */
	static boolean within(byte[] pdf, int limit) {
		int depth = 0;
		int i = 0;
		int n = pdf.length;
		while (i < n) {
			int c = pdf[i] & 0xFF;
			switch (c) {
				case '%' -> i = skipComment(pdf, i);
				case '(' -> i = skipLiteralString(pdf, i);
				case '[' -> {
					if (++depth > limit) {
						return false;
					}
					i++;
				}
				case ']' -> {
					depth = Math.max(0, depth - 1);
					i++;
				}
				case '<' -> {
					if (i + 1 < n && pdf[i + 1] == '<') {
						if (++depth > limit) {
							return false;
						}
						i += 2;
					}
					else {
						i = skipHexString(pdf, i);
					}
				}
				case '>' -> {
					if (i + 1 < n && pdf[i + 1] == '>') {
						depth = Math.max(0, depth - 1);
						i += 2;
					}
					else {
						i++;
					}
				}
				case 's' -> i = startsWith(pdf, i, "stream") ? skipStream(pdf, i) : i + 1;
				default -> i++;
			}
		}
		return true;
	}

	private static int skipComment(byte[] pdf, int i) {
		while (i < pdf.length && pdf[i] != '\n' && pdf[i] != '\r') {
			i++;
		}
		return i;
	}

	private static int skipLiteralString(byte[] pdf, int i) {
		int open = 0;
		while (i < pdf.length) {
			byte c = pdf[i];
			if (c == '\\') {
				i += 2;
				continue;
			}
			if (c == '(') {
				open++;
			}
			else if (c == ')' && --open == 0) {
				return i + 1;
			}
			i++;
		}
		return i;
	}

	private static int skipHexString(byte[] pdf, int i) {
		while (i < pdf.length && pdf[i] != '>') {
			i++;
		}
		return i + 1;
	}

	/** Stream data runs to the next {@code endstream}; its length entry may lie, so it is not used. */
	private static int skipStream(byte[] pdf, int i) {
		int at = i + "stream".length();
		while (at < pdf.length && !startsWith(pdf, at, "endstream")) {
			at++;
		}
		return at + "endstream".length();
	}

	private static boolean startsWith(byte[] pdf, int at, String word) {
		if (at + word.length() > pdf.length) {
			return false;
		}
		for (int k = 0; k < word.length(); k++) {
			if (pdf[at + k] != word.charAt(k)) {
				return false;
			}
		}
		return true;
	}

}
