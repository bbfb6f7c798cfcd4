package org.skillcred.core.status;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

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

	/**
	 * The status list at a URL, saying whether it is current or the last one the issuer signed,
	 * kept for an outage: sources that keep lists through outages override this.
	 * @param listUrl the {@code statusListCredential} URL
	 * @param purpose the {@code statusPurpose} the entry expects
	 * @param issuerId the issuer of the credential being checked
	 * @return the list and how current it is
	 * @throws StatusListUnavailableException when neither a current list nor a usable last one exists
	 * @throws StatusListException when the list is invalid (wrong purpose, bad encoding)
	 */
	default Snapshot snapshot(String listUrl, String purpose, String issuerId)
			throws StatusListUnavailableException, StatusListException {
		return new Snapshot(list(listUrl, purpose, issuerId), null);
	}

	/**
	 * A status list as a verifier holds it.
	 *
	 * @param list the decoded list
	 * @param keptSince null for a list just confirmed by its issuer; for a list kept through an
	 * outage (still within the validity period its issuer signed), when the issuer last served it
	 */
	record Snapshot(BitstringStatusList list, @Nullable Instant keptSince) {
	}

}
