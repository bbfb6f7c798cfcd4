package org.skillcred.core.status;

/**
 * Supplies verified status lists. Implementations fetch the status list credential, verify its
 * signature against the issuer's keys, check its type and purpose, decode it and cache it.
 */
@FunctionalInterface
public interface StatusListSource {

	/**
	 * The status list at a URL.
	 * @param listUrl the {@code statusListCredential} URL
	 * @param purpose the {@code statusPurpose} the entry expects
	 * @param issuerId the issuer of the credential being checked
	 * @return the decoded list
	 * @throws StatusListUnavailableException when it cannot be fetched or verified now
	 * @throws StatusListException when the list is invalid (wrong purpose, bad encoding)
	 */
	BitstringStatusList list(String listUrl, String purpose, String issuerId)
			throws StatusListUnavailableException, StatusListException;

}
