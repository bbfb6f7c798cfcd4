package org.skillcred.issuer.status;

import java.util.UUID;

import org.skillcred.issuer.signing.IssuerProperties;
import org.springframework.stereotype.Component;

/**
 * The public URLs of status lists.
 */
@Component
public class StatusListUrls {

	private final IssuerProperties issuer;

	StatusListUrls(IssuerProperties issuer) {
		this.issuer = issuer;
	}

	/**
	 * The Bitstring Status List credential of one purpose.
	 * @param listId the list
	 * @param purpose {@code revocation} or {@code suspension}
	 * @return its URL
	 */
	public String bitstring(UUID listId, String purpose) {
		return issuer.baseUrl() + "/status/" + listId + "/" + purpose;
	}

	/**
	 * The IETF Token Status List of the same list (2 bits: valid, invalid, suspended).
	 * @param listId the list
	 * @return its URL
	 */
	public String token(UUID listId) {
		return issuer.baseUrl() + "/status/" + listId + "/token";
	}

}
