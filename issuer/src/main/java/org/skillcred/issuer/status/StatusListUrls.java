package org.skillcred.issuer.status;

import java.util.UUID;

import org.skillcred.core.credential.StatusEntry;
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
	 * @param purpose {@code message}, or {@code revocation} or {@code suspension} (credentials issued
	 * before the single message entry)
	 * @return its URL
	 */
	public String bitstring(UUID listId, String purpose) {
		return issuer.baseUrl() + "/status/" + listId + "/" + purpose;
	}

	/**
	 * The status entry of a new credential: one two-bit {@code message} entry (valid, revoked,
	 * suspended) in the list's {@code message} view, the one status object Open Badges 3.0 allows.
	 * @param listId the list
	 * @param index the credential's index in it
	 * @return the entry
	 */
	public StatusEntry entry(UUID listId, int index) {
		return StatusEntry.message(bitstring(listId, StatusEntry.MESSAGE), index);
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
