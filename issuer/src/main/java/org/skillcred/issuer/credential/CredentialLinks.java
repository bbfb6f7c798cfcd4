package org.skillcred.issuer.credential;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
public class CredentialLinks {

	private final IssuerProperties issuer;

	CredentialLinks(IssuerProperties issuer) {
		this.issuer = issuer;
	}

	/**
	 * Links of one credential.
	 *
	 * @param credential public URL of the signed credential
	 * @param verify the verification page, as printed in the QR code
	 * @param learner the learner's private page, or null when not shown to this caller
	 * @param pdf the certificate PDF behind the learner link, or null
	 * @param qr the QR code image behind the learner link, or null
	 */
	public record Links(String credential, String verify, @Nullable String learner, @Nullable String pdf,
			@Nullable String qr) {
	}

	Links of(UUID id) {
		return new Links(issuer.baseUrl() + "/credentials/" + id, verify(id), null, null, null);
	}

	public Links of(CredentialRecord record) {
		String learner = (record.learnerToken() != null) ? learner(record.learnerToken()) : null;
		return new Links(issuer.baseUrl() + "/credentials/" + record.id(), verify(record.id()), learner,
				(learner != null) ? learner + "/certificate.pdf" : null, (learner != null) ? learner + "/qr.png" : null);
	}

	/**
	 * The learner's private page.
	 * @param learnerToken the credential's learner token
	 * @return the URL
	 */
	public String learner(String learnerToken) {
		return issuer.baseUrl() + "/learn/" + learnerToken;
	}

	/**
	 * The verification page, as printed in the QR code.
	 * @param id the credential
	 * @return the URL
	 */
	public String verify(UUID id) {
		return issuer.verifierUrl() + "/v/" + issuer.verifierIssuerRef() + "/" + id;
	}

}
