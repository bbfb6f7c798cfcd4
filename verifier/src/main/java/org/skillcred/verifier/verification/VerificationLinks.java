package org.skillcred.verifier.verification;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short links printed in certificate QR codes: {@code <verifier>/v/<issuer ref>/<credential id>}.
 */
public final class VerificationLinks {

	private static final Pattern PATH = Pattern.compile("(?:^|/)v/([a-z0-9][a-z0-9-]{0,31})/([0-9a-fA-F-]{36})/?$");

	private VerificationLinks() {
	}

	/**
	 * A parsed link.
	 *
	 * @param ref the issuer's reference on the trust list
	 * @param credentialId the credential id
	 */
	public record Link(String ref, UUID credentialId) {
	}

	/**
	 * Parses the text of a QR code as a verification link. Only the path matters: the credential
	 * is always fetched from the trusted issuer the reference names, never from the link's host.
	 * @param text the QR code's text
	 * @return the link, or empty when the text is not one
	 */
	public static Optional<Link> parse(String text) {
		String path;
		try {
			URI uri = URI.create(text.strip());
			if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getRawPath() == null) {
				return Optional.empty();
			}
			path = uri.getRawPath();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		Matcher matcher = PATH.matcher(path);
		if (!matcher.find()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Link(matcher.group(1), UUID.fromString(matcher.group(2))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
