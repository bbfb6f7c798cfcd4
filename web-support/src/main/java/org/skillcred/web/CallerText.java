package org.skillcred.web;

/**
 * Text a caller sent, made fit to quote in an answer (a problem detail, a log line): control and
 * format characters replaced, and cut to a length, since a field name or parameter can be as long
 * as the request allows.
 */
public final class CallerText {

	private CallerText() {
	}

	/**
	 * The text, printable and at most {@code max} characters (then with an ellipsis).
	 * @param text what the caller sent, possibly null
	 * @param max the most characters kept
	 * @return the text to quote
	 */
	public static String quote(@org.jspecify.annotations.Nullable String text, int max) {
		String printable = String.valueOf(text).replaceAll("\\p{C}", "?");
		return (printable.length() > max) ? printable.substring(0, max) + "…" : printable;
	}

}
