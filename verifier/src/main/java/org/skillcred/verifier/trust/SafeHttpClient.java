package org.skillcred.verifier.trust;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.skillcred.core.did.DidWeb;
import org.springframework.stereotype.Component;

/**
 * The only way the verifier talks to the network: GET requests to the hosts of trusted issuers
 * only, https only (plain http to loopback only when allowed, for development), no redirects,
 * time limits, and a cap on the response size. Thread-safe.
 */
@Component
public class SafeHttpClient {

	private final HttpClient client;

	private final TrustProperties.Http limits;

	SafeHttpClient(TrustProperties properties) {
		this.limits = properties.http();
		this.client = HttpClient.newBuilder()
			.connectTimeout(limits.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	/**
	 * A refused or failed fetch.
	 */
	public static class FetchException extends IOException {

		private final int status;

		FetchException(String message, int status) {
			super(message);
			this.status = status;
		}

		/**
		 * The HTTP status, or 0 when no response was received.
		 * @return the status
		 */
		public int status() {
			return status;
		}

	}

	/**
	 * Fetches a URL.
	 * @param url the URL
	 * @param allowedAuthorities the {@code host[:port]} values this request may go to
	 * @param accept the Accept header
	 * @return the body as UTF-8 text
	 * @throws FetchException when refused, failed, not 200, or too large
	 */
	public String get(URI url, Set<String> allowedAuthorities, String accept) throws FetchException {
		checkAllowed(url, allowedAuthorities);
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(limits.readTimeout())
			.header("Accept", accept)
			.header("User-Agent", "SkillCred-Verifier")
			.GET()
			.build();
		HttpResponse<InputStream> response;
		try {
			response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException ex) {
			throw new FetchException("Could not reach " + url.getHost(), 0);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchException("Interrupted while fetching from " + url.getHost(), 0);
		}
		try (InputStream body = response.body()) {
			if (response.statusCode() != 200) {
				throw new FetchException(url.getHost() + " answered " + response.statusCode(), response.statusCode());
			}
			long max = limits.maxResponseSize().toBytes();
			byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
			if (bytes.length > max) {
				throw new FetchException("Response from " + url.getHost() + " is larger than " + max + " bytes", 0);
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (FetchException ex) {
			throw ex;
		}
		catch (IOException ex) {
			throw new FetchException("Reading the response from " + url.getHost() + " failed", 0);
		}
	}

	void checkAllowed(URI url, Set<String> allowedAuthorities) throws FetchException {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		String host = url.getHost();
		if (host == null || url.getRawUserInfo() != null) {
			throw new FetchException("Refusing to fetch " + url + ": no plain host", 0);
		}
		boolean insecureAllowed = "http".equals(scheme) && limits.allowInsecureLoopback() && DidWeb.isLoopback(host);
		if (!"https".equals(scheme) && !insecureAllowed) {
			throw new FetchException("Refusing to fetch over " + scheme + ": only https is allowed", 0);
		}
		if (!allowedAuthorities.contains(authority(url))) {
			throw new FetchException("Refusing to fetch from " + host + ": not a trusted issuer's host", 0);
		}
	}

	/**
	 * The {@code host[:port]} of a URL, lower-cased, with the scheme's default port omitted.
	 * @param url the URL
	 * @return the authority
	 */
	public static String authority(URI url) {
		String host = url.getHost().toLowerCase(Locale.ROOT);
		int port = url.getPort();
		boolean defaultPort = port == -1 || ("https".equalsIgnoreCase(url.getScheme()) && port == 443)
				|| ("http".equalsIgnoreCase(url.getScheme()) && port == 80);
		return defaultPort ? host : host + ":" + port;
	}

	/**
	 * The configured read time limit, for callers that wait on a fetch.
	 * @return the limit
	 */
	public Duration readTimeout() {
		return limits.readTimeout();
	}

}
