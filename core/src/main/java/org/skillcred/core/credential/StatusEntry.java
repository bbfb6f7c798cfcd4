package org.skillcred.core.credential;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * A {@code credentialStatus} entry of type {@code BitstringStatusListEntry}.
 * <p>
 * SkillCred credentials carry one entry (Open Badges 3.0 allows at most one status object): a
 * {@code message} entry of two bits per credential whose values are valid, revoked and suspended,
 * the same three states the IETF Token Status List publishes. Credentials issued before carry
 * two one-bit entries, {@code revocation} and {@code suspension}; their lists stay published.
 *
 * @param id identifies this entry; must differ from the list URL
 * @param type always {@code BitstringStatusListEntry}
 * @param statusPurpose {@code message}, or {@code revocation} or {@code suspension}
 * @param statusListIndex the entry's position, a base-10 integer as a string
 * @param statusListCredential URL of the status list credential
 * @param statusSize bits per entry, for a {@code message} entry
 * @param statusMessage what each value means, for a {@code message} entry: 2^statusSize of them
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry">Bitstring Status List §2.1</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "id", "type", "statusPurpose", "statusListIndex", "statusSize", "statusMessage",
		"statusListCredential" })
public record StatusEntry(String id, String type, String statusPurpose, String statusListIndex,
		String statusListCredential, @Nullable Integer statusSize, @Nullable List<StatusMessage> statusMessage) {

	/** The entry type defined by Bitstring Status List v1.0. */
	public static final String BITSTRING_STATUS_LIST_ENTRY = "BitstringStatusListEntry";

	/** The purpose of a multi-bit entry whose values the entry's messages explain. */
	public static final String MESSAGE = "message";

	/** Bits per credential in a {@link #MESSAGE} list. */
	public static final int MESSAGE_BITS = 2;

	/** The states of a {@link #MESSAGE} entry, by value: the Token Status List's 0, 1 and 2. */
	public static final List<StatusMessage> STATES = List.of(new StatusMessage("0x0", StatusMessage.VALID),
			new StatusMessage("0x1", StatusMessage.REVOKED), new StatusMessage("0x2", StatusMessage.SUSPENDED),
			new StatusMessage("0x3", StatusMessage.UNDEFINED));

	/**
	 * One value of a multi-bit entry and what it means.
	 *
	 * @param status the value, in hexadecimal ({@code 0x1})
	 * @param message what it means
	 */
	public record StatusMessage(String status, String message) {

		public static final String VALID = "valid";

		public static final String REVOKED = "revoked";

		public static final String SUSPENDED = "suspended";

		/** A value SkillCred never sets; read as "not valid". */
		public static final String UNDEFINED = "undefined";

	}

	/**
	 * Creates a one-bit bitstring status list entry (the format before the message entry).
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
				listUrl, null, null);
	}

	/**
	 * Creates the single two-bit entry: valid, revoked or suspended.
	 * @param listUrl URL of the {@code message} status list credential
	 * @param index the allocated index
	 * @return the entry, whose id is {@code listUrl#index}
	 */
	public static StatusEntry message(String listUrl, long index) {
		if (index < 0) {
			throw new IllegalArgumentException("Status list index must not be negative");
		}
		return new StatusEntry(listUrl + "#" + index, BITSTRING_STATUS_LIST_ENTRY, MESSAGE, Long.toString(index),
				listUrl, MESSAGE_BITS, STATES);
	}

}
