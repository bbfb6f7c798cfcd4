package org.skillcred.core.status;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.StatusEntry;
import org.skillcred.core.verification.CheckName;
import org.skillcred.core.verification.CheckResult;
import org.skillcred.core.verification.CheckStatus;
import org.skillcred.core.verification.DecodedCredential;
import org.skillcred.core.verification.ReasonCode;
import org.skillcred.core.verification.StatusCheck;
import tools.jackson.databind.JsonNode;

/**
 * Checks {@code BitstringStatusListEntry} entries: a set bit in a {@code revocation} list means
 * revoked, in a {@code suspension} list suspended; in a {@code message} list the entry's value is
 * read ({@code statusSize} bits) and judged by the credential's {@code statusMessage}. Fails
 * closed: an entry of an unknown type, or a list that cannot be obtained, makes the check
 * {@code NOT_CHECKED}, never passed.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#validate-algorithm">Bitstring Status List §3.2 Validate Algorithm</a>
 */
public final class BitstringStatusCheck implements StatusCheck {

	/** The revocation purpose. */
	public static final String REVOCATION = "revocation";

	/** The suspension purpose. */
	public static final String SUSPENSION = "suspension";

	/** The refresh purpose: a newer credential exists; nothing about validity. */
	public static final String REFRESH = "refresh";

	private final StatusListSource lists;

	public BitstringStatusCheck(StatusListSource lists) {
		this.lists = lists;
	}

	@Override
	public CheckResult check(DecodedCredential credential) {
		java.time.Instant[] oldest = { null }; // the oldest list kept through an outage, if any was used
		CheckResult result = check(credential, oldest);
		return (oldest[0] != null && result.status() != CheckStatus.NOT_CHECKED) ? result.asOf(oldest[0]) : result;
	}

	private CheckResult check(DecodedCredential credential, java.time.Instant[] oldest) {
		JsonNode status = credential.credential().get("credentialStatus");
		List<JsonNode> entries = (status.isArray()) ? status.valueStream().toList() : List.of(status);
		boolean suspended = false;
		int judged = 0; // entries that say something about validity
		for (JsonNode entry : entries) {
			String type = entry.path("type").asString("");
			if (!StatusEntry.BITSTRING_STATUS_LIST_ENTRY.equals(type)) {
				return CheckResult.notChecked(CheckName.STATUS, ReasonCode.STATUS_NOT_CHECKED,
						"The credential uses a status mechanism this verifier does not support (" + type + ").");
			}
			String purpose = entry.path("statusPurpose").asString("");
			boolean message = StatusEntry.MESSAGE.equals(purpose);
			if (REFRESH.equals(purpose)) {
				continue; // a refresh list carries no validity information
			}
			if (!REVOCATION.equals(purpose) && !SUSPENSION.equals(purpose) && !message) {
				// an unknown purpose (or "Message") might be the one that revokes: not judged, so not valid
				return CheckResult.notChecked(CheckName.STATUS, ReasonCode.STATUS_NOT_CHECKED,
						"The credential's status entry has a purpose this verifier does not know.");
			}
			judged++;
			JsonNode size = entry.path("statusSize");
			int statusSize = size.isMissingNode() ? 1 : size.isInt() ? size.asInt() : -1;
			if (statusSize < 1 || statusSize > 8 || (statusSize > 1 && !message)) {
				return invalid("The status entry's statusSize is not usable.");
			}
			JsonNode messages = entry.path("statusMessage");
			if (message && (!messages.isArray() || messages.size() != (1 << statusSize))) {
				return invalid("A message status entry needs one statusMessage for each of its values.");
			}
			long index;
			String indexText = entry.path("statusListIndex").asString("");
			try {
				// ASCII digits only: Long.parseLong also reads Arabic-Indic or fullwidth digits
				index = indexText.chars().allMatch(c -> c >= '0' && c <= '9') ? Long.parseLong(indexText) : -1;
			}
			catch (NumberFormatException ex) {
				index = -1;
			}
			if (index < 0 && !indexText.isEmpty()) {
				return invalid("The status entry's index is not a decimal number.");
			}
			String url = entry.path("statusListCredential").asString("");
			if (url.isEmpty() || index < 0) {
				return invalid("The status entry is incomplete.");
			}
			BitstringStatusList list;
			try {
				StatusListSource.Snapshot snapshot = lists.snapshot(url, purpose, credential.issuerId());
				list = snapshot.list();
				if (snapshot.keptSince() != null && (oldest[0] == null || snapshot.keptSince().isBefore(oldest[0]))) {
					oldest[0] = snapshot.keptSince();
				}
			}
			catch (StatusListUnavailableException ex) {
				return CheckResult.notChecked(CheckName.STATUS, ReasonCode.STATUS_UNAVAILABLE,
						"The issuer's status list could not be retrieved, so revocation could not be checked.");
			}
			catch (StatusListException ex) {
				return invalid("The issuer's status list is invalid: " + ex.getMessage());
			}
			if (list.entries(statusSize) < BitstringStatusList.MIN_ENTRIES) {
				return invalid("The status list is shorter than the 131,072 entries the specification requires.");
			}
			if (index >= list.entries(statusSize)) {
				return invalid("The status index lies outside the status list.");
			}
			if (message) {
				CheckResult state = messageState(messages, list.value(index, statusSize));
				if (state != null) {
					return state;
				}
				continue;
			}
			if (list.isSet(index)) {
				if (REVOCATION.equals(purpose)) {
					return CheckResult.failed(CheckName.STATUS, ReasonCode.REVOKED,
							"The issuer has revoked this credential.");
				}
				suspended = true;
			}
		}
		if (suspended) {
			return CheckResult.failed(CheckName.STATUS, ReasonCode.SUSPENDED,
					"The issuer has suspended this credential.");
		}
		if (judged == 0) {
			return CheckResult.notApplicable(CheckName.STATUS,
					"The credential's status entries say nothing about revocation or suspension.");
		}
		return CheckResult.passed(CheckName.STATUS, "The credential is neither revoked nor suspended.");
	}

	/**
	 * What a message entry's value says, by the credential's own messages. Only "valid" passes;
	 * "revoked" and "suspended" are reported as such, and any other message (a value the issuer
	 * defined otherwise, or none) is not valid: the check fails closed.
	 */
	private static @Nullable CheckResult messageState(JsonNode messages, int value) {
		String hex = "0x" + Integer.toHexString(value);
		String text = null;
		for (JsonNode message : messages) {
			if (hex.equalsIgnoreCase(message.path("status").asString(""))) {
				text = message.path("message").asString("");
			}
		}
		if (StatusEntry.StatusMessage.VALID.equalsIgnoreCase(text)) {
			return null;
		}
		if (StatusEntry.StatusMessage.REVOKED.equalsIgnoreCase(text)) {
			return CheckResult.failed(CheckName.STATUS, ReasonCode.REVOKED, "The issuer has revoked this credential.");
		}
		if (StatusEntry.StatusMessage.SUSPENDED.equalsIgnoreCase(text)) {
			return CheckResult.failed(CheckName.STATUS, ReasonCode.SUSPENDED, "The issuer has suspended this credential.");
		}
		return invalid("The issuer's status list gives this credential the status " + hex
				+ ((text != null) ? " (" + text + ")" : "") + ", which is not valid.");
	}

	private static CheckResult invalid(String message) {
		return CheckResult.failed(CheckName.STATUS, ReasonCode.STATUS_INVALID, message);
	}

}
