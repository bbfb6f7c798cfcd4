package org.skillcred.core.credential;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A {@code credentialStatus} entry of type {@code BitstringStatusListEntry}.
 *
 * @param id identifies this entry; must differ from the list URL
 * @param type always {@code BitstringStatusListEntry}
 * @param statusPurpose {@code revocation} or {@code suspension}
 * @param statusListIndex the bit position, a base-10 integer as a string
 * @param statusListCredential URL of the status list credential
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry">Bitstring Status List §2.1</a>
 */
@JsonPropertyOrder({ "id", "type", "statusPurpose", "statusListIndex", "statusListCredential" })
public record StatusEntry(String id, String type, String statusPurpose, String statusListIndex,
		String statusListCredential) {

	/** The entry type defined by Bitstring Status List v1.0. */
	public static final String BITSTRING_STATUS_LIST_ENTRY = "BitstringStatusListEntry";

	/**
	 * Creates a bitstring status list entry.
	 * @param listUrl URL of the status list credential
	 * @param purpose {@code revocation} or {@code suspension}
	 * @param index the allocated index
	 * @return the entry, whose id is {@code listUrl#index}
	 */
	public static StatusEntry bitstring(String listUrl, String purpose, long index) {
		if (index < 0) {
			throw new IllegalArgumentException("Status list index must not be negative");
		}
		return new StatusEntry(listUrl + "#" + index, BITSTRING_STATUS_LIST_ENTRY, purpose, Long.toString(index),
				listUrl);
	}

}
