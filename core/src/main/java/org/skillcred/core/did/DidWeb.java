package org.skillcred.core.did;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Converts between {@code did:web} identifiers and the https URLs of their DID documents.
 * <p>
 * {@code did:web:example.org} resolves to {@code https://example.org/.well-known/did.json};
 * {@code did:web:example.org:partners:unesco} to {@code https://example.org/partners/unesco/did.json}.
 * A port is percent-encoded ({@code example.org%3A8443}). Plain http is produced only for
 * {@code localhost} and loopback addresses, which SkillCred's development profile uses.
 *
 * @see <a href="https://w3c-ccg.github.io/did-method-web/#read-resolve">did:web §3.2 Read (Resolve)</a>
 */
public final class DidWeb {

	/** The method prefix. */
	public static final String PREFIX = "did:web:";

	private DidWeb() {
	}

	/**
	 * The DID for a public base URL such as {@code https://certs.example.org} or
	 * {@code https://example.org/partners/unesco}.
	 * @param baseUrl the base URL; its path, if any, becomes colon-separated segments
	 * @return the did:web identifier
	 */
	public static String fromBaseUrl(URI baseUrl) {
		if (baseUrl.getHost() == null) {
			throw new IllegalArgumentException("Base URL has no host: " + baseUrl);
		}
		StringBuilder did = new StringBuilder(PREFIX).append(baseUrl.getHost().toLowerCase(Locale.ROOT));
		if (baseUrl.getPort() != -1) {
			did.append("%3A").append(baseUrl.getPort());
		}
		String path = baseUrl.getPath();
		if (path != null) {
			for (String segment : path.split("/")) {
				if (!segment.isEmpty()) {
					did.append(':').append(URLEncoder.encode(segment, StandardCharsets.UTF_8));
				}
			}
		}
		return did.toString();
	}

	/**
	 * The URL of the DID document of a did:web identifier.
	 * @param did the identifier, without fragment
	 * @return the document URL
	 * @throws IllegalArgumentException when the value is not a well-formed did:web
	 */
	public static URI documentUrl(String did) {
		if (!did.startsWith(PREFIX) || did.indexOf('#') >= 0 || did.indexOf('?') >= 0) {
			throw new IllegalArgumentException("Not a did:web identifier: " + did);
		}
		String[] parts = did.substring(PREFIX.length()).split(":", -1);
		List<String> segments = new ArrayList<>();
		for (String part : parts) {
			if (part.isEmpty()) {
				throw new IllegalArgumentException("Empty segment in " + did);
			}
			segments.add(URLDecoder.decode(part, StandardCharsets.UTF_8));
		}
		String authority = segments.remove(0);
		if (authority.contains("/") || authority.contains("@")) {
			throw new IllegalArgumentException("Invalid host in " + did);
		}
		String host = authority.contains(":") ? authority.substring(0, authority.lastIndexOf(':')) : authority;
		String scheme = isLoopback(host) ? "http" : "https";
		String path = segments.isEmpty() ? "/.well-known/did.json"
				: "/" + String.join("/", segments.stream().map(DidWeb::checkSegment).toList()) + "/did.json";
		return URI.create(scheme + "://" + authority + path);
	}

	/**
	 * The web origin and path a did:web identifier stands for: the document URL without
	 * {@code /.well-known/did.json} or {@code /did.json}.
	 * @param did the identifier
	 * @return for example {@code https://example.org/partners/unesco}
	 */
	public static URI baseUrl(String did) {
		String doc = documentUrl(did).toString();
		String suffix = doc.endsWith("/.well-known/did.json") ? "/.well-known/did.json" : "/did.json";
		return URI.create(doc.substring(0, doc.length() - suffix.length()));
	}

	private static String checkSegment(String segment) {
		if (segment.contains("/") || segment.equals("..") || segment.equals(".")) {
			throw new IllegalArgumentException("Invalid path segment: " + segment);
		}
		return URLEncoder.encode(segment, StandardCharsets.UTF_8);
	}

	/**
	 * Whether a host is the local machine, where plain http is tolerated in development.
	 * @param host a host name or address
	 * @return true for localhost and loopback literals
	 */
	public static boolean isLoopback(String host) {
		String h = host.toLowerCase(Locale.ROOT);
		return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
	}

}
