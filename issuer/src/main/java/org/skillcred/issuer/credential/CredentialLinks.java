package org.skillcred.issuer.credential;

import java.util.UUID;

import org.skillcred.issuer.signing.IssuerProperties;
import org.springframework.stereotype.Component;

/**
 * The URLs of a credential.
 * <p>
 * The {@code verify} URL is what a printed QR code carries. It is kept short (the verifier's base
 * URL, this issuer's short reference on the verifier's trust list, and the credential id) so the
 * QR code stays small; the verifier resolves the reference only against issuers it trusts.
 */
@Component
class CredentialLinks {

	private final IssuerProperties issuer;

	CredentialLinks(IssuerProperties issuer) {
		this.issuer = issuer;
	}

	/**
	 * Links of one credential. Later features add {@code pdf}, {@code qr} and {@code learner}.
	 *
	 * @param credential public URL of the signed credential
	 * @param verify the verification page, as printed in the QR code
	 */
	record Links(String credential, String verify) {
	}

	Links of(UUID id) {
		return new Links(issuer.baseUrl() + "/credentials/" + id,
				issuer.verifierUrl() + "/v/" + issuer.verifierIssuerRef() + "/" + id);
	}

}
