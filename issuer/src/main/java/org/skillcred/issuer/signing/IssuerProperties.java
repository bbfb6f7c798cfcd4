package org.skillcred.issuer.signing;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who the issuer is and where it is reached.
 *
 * @param publicBaseUrl the URL clients reach this issuer at; its did:web identifier is derived
 * from it, so it must be the public (https) URL in production
 * @param name the issuing organisation's display name, written into every credential
 * @param url the organisation's web site, optional
 * @param verifierBaseUrl the public URL of the verifier that printed QR codes point to
 * @param verifierIssuerRef this issuer's short reference on the verifier's trust list, used in
 * verification URLs to keep them (and the QR codes) short
 */
@Validated
@ConfigurationProperties("issuer")
public record IssuerProperties(@NotNull URI publicBaseUrl, @NotBlank String name, URI url,
		@DefaultValue("http://localhost:8081") URI verifierBaseUrl,
		@DefaultValue("skillcred") @NotBlank String verifierIssuerRef) {

	/**
	 * The public base URL without a trailing slash, for building links.
	 * @return the base URL text
	 */
	public String baseUrl() {
		return stripSlash(publicBaseUrl.toString());
	}

	/**
	 * The verifier base URL without a trailing slash.
	 * @return the verifier URL text
	 */
	public String verifierUrl() {
		return stripSlash(verifierBaseUrl.toString());
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
