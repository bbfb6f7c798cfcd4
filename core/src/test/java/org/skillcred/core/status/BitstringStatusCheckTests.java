package org.skillcred.core.status;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import com.nimbusds.jose.jwk.ECKey;
import org.junit.jupiter.api.Test;
import org.skillcred.core.TestFixtures;
import org.skillcred.core.credential.OpenBadgeCredential;
import org.skillcred.core.credential.StatusEntry;
import org.skillcred.core.jose.CredentialSigner;
import org.skillcred.core.jose.JwtProfile;
import org.skillcred.core.verification.CheckName;
import org.skillcred.core.verification.CredentialVerifier;
import org.skillcred.core.verification.ReasonCode;
import org.skillcred.core.verification.StaticIssuerKeySource;
import org.skillcred.core.verification.VerificationPolicy;
import org.skillcred.core.verification.VerificationReport;
import org.skillcred.core.verification.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class BitstringStatusCheckTests {

	private static final String LIST = "https://certs.example.org/status/1";

	private final ECKey key = TestFixtures.es256Key(TestFixtures.ISSUER_DID);

	private BitstringStatusList revocations = BitstringStatusList.empty(131_072);

	private BitstringStatusList suspensions = BitstringStatusList.empty(131_072);

	private VerificationReport verify(StatusListSource source, StatusEntry... entries) {
		OpenBadgeCredential vc = TestFixtures.credential().withStatus(List.of(entries));
		String jwt = new CredentialSigner(key, key.getKeyID()).sign(vc, JwtProfile.VC_JWT);
		CredentialVerifier verifier = new CredentialVerifier(
				VerificationPolicy.defaults().withAlgorithms(TestFixtures.trustedIssuer().algorithms()),
				StaticIssuerKeySource.of(TestFixtures.trustedIssuer(), TestFixtures.publicKeys(key)),
				Clock.fixed(TestFixtures.NOW, ZoneOffset.UTC), new BitstringStatusCheck(source));
		return verifier.verify(jwt);
	}

	private final StatusListSource lists = (url, purpose, issuer) -> "revocation".equals(purpose) ? revocations
			: suspensions;

	private static StatusEntry[] both(long index) {
		return new StatusEntry[] { StatusEntry.bitstring(LIST + "/r", "revocation", index),
				StatusEntry.bitstring(LIST + "/s", "suspension", index) };
	}

	@Test
	void checkWhenNoBitSetThenValid() {
		VerificationReport report = verify(lists, both(42));
		assertThat(report.verdict()).isEqualTo(Verdict.VALID);
		assertThat(report.check(CheckName.STATUS).code()).isEqualTo(ReasonCode.OK);
	}

	@Test
	void checkWhenRevocationOrSuspensionBitSetThenReported() {
		revocations = revocations.with(42, true);
		assertThat(verify(lists, both(42)).failureCodes()).containsExactly(ReasonCode.REVOKED);
		revocations = revocations.with(42, false);
		suspensions = suspensions.with(42, true);
		assertThat(verify(lists, both(42)).failureCodes()).containsExactly(ReasonCode.SUSPENDED);
		assertThat(verify(lists, both(43)).verdict()).isEqualTo(Verdict.VALID);
	}

	/** Lists kept through an issuer outage still decide, and the result says how old they are. */
	@Test
	void checkWhenListsKeptThroughOutageThenResultCarriesTheOldestConfirmation() {
		java.time.Instant older = TestFixtures.NOW.minusSeconds(7200);
		java.time.Instant newer = TestFixtures.NOW.minusSeconds(600);
		StatusListSource kept = new StatusListSource() {
			@Override
			public BitstringStatusList list(String url, String purpose, String issuer) {
				throw new AssertionError("snapshot() is the one asked");
			}

			@Override
			public Snapshot snapshot(String url, String purpose, String issuer) {
				return new Snapshot("revocation".equals(purpose) ? revocations : suspensions,
						"revocation".equals(purpose) ? newer : older);
			}
		};
		VerificationReport valid = verify(kept, both(42));
		assertThat(valid.verdict()).isEqualTo(Verdict.VALID);
		assertThat(valid.check(CheckName.STATUS).asOf()).isEqualTo(older);
		assertThat(valid.check(CheckName.STATUS).message()).contains("Status as of " + older);
		revocations = revocations.with(42, true);
		VerificationReport revoked = verify(kept, both(42));
		assertThat(revoked.failureCodes()).containsExactly(ReasonCode.REVOKED);
		assertThat(revoked.check(CheckName.STATUS).asOf()).isNotNull();
		assertThat(verify(lists, both(43)).check(CheckName.STATUS).asOf()).as("current lists carry no age").isNull();
	}

	@Test
	void checkWhenListUnavailableThenIndeterminate() {
		StatusListSource down = (url, purpose, issuer) -> {
			throw new StatusListUnavailableException("timeout");
		};
		VerificationReport report = verify(down, both(42));
		assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
		assertThat(report.check(CheckName.STATUS).code()).isEqualTo(ReasonCode.STATUS_UNAVAILABLE);
	}

	@Test
	void checkWhenIndexOutOfRangeOrListInvalidThenStatusInvalid() {
		assertThat(verify(lists, both(131_072)).failureCodes()).containsExactly(ReasonCode.STATUS_INVALID);
		StatusListSource broken = (url, purpose, issuer) -> {
			throw new StatusListException("wrong purpose");
		};
		assertThat(verify(broken, both(1)).failureCodes()).containsExactly(ReasonCode.STATUS_INVALID);
	}

	@Test
	void checkWhenUnknownStatusTypeThenNotValid() {
		StatusEntry unknown = new StatusEntry(LIST + "#1", "1EdTechRevocationList", "revocation", "1", LIST, null, null);
		VerificationReport report = verify(lists, unknown);
		assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
		assertThat(report.check(CheckName.STATUS).code()).isEqualTo(ReasonCode.STATUS_NOT_CHECKED);
	}

	/**
	 * Regression: a purpose this verifier does not know ("Message", misspelt) was skipped like a
	 * refresh list, and a revoked credential read VALID; an index in Arabic-Indic digits was read.
	 */
	@Test
	void checkWhenPurposeUnknownOrIndexNotAsciiThenNotValid() {
		revocations = revocations.with(42, true);
		StatusEntry unknownPurpose = new StatusEntry(LIST + "/r#42", StatusEntry.BITSTRING_STATUS_LIST_ENTRY, "Message", "42",
				LIST + "/r", null, null);
		VerificationReport unknown = verify(lists, unknownPurpose);
		assertThat(unknown.verdict()).isEqualTo(Verdict.INDETERMINATE);
		assertThat(unknown.check(CheckName.STATUS).code()).isEqualTo(ReasonCode.STATUS_NOT_CHECKED);

		StatusEntry refreshOnly = StatusEntry.bitstring(LIST + "/r", "refresh", 42);
		VerificationReport refresh = verify(lists, refreshOnly);
		assertThat(refresh.check(CheckName.STATUS).status()).as("a refresh list says nothing about validity")
			.isEqualTo(org.skillcred.core.verification.CheckStatus.NOT_APPLICABLE);
		assertThat(refresh.check(CheckName.STATUS).message()).doesNotContain("neither revoked");

		StatusEntry arabicDigits = new StatusEntry(LIST + "/r#42", StatusEntry.BITSTRING_STATUS_LIST_ENTRY, "revocation",
				"\u0664\u0662", LIST + "/r", null, null);
		assertThat(verify(lists, arabicDigits).failureCodes()).containsExactly(ReasonCode.STATUS_INVALID);
	}

	private BitstringStatusList messages = BitstringStatusList.empty(2 * 131_072);

	private final StatusListSource messageLists = (url, purpose, issuer) -> {
		assertThat(purpose).isEqualTo(StatusEntry.MESSAGE);
		return messages;
	};

	/** The one status entry new credentials carry: two bits, valid, revoked or suspended. */
	@Test
	void checkWhenMessageEntryThenValueReadByItsMessages() {
		StatusEntry entry = StatusEntry.message(LIST + "/message", 77);
		assertThat(verify(messageLists, entry).verdict()).isEqualTo(Verdict.VALID);

		messages = messages.withValues(java.util.Map.of(77, 1), 2);
		assertThat(verify(messageLists, entry).failureCodes()).containsExactly(ReasonCode.REVOKED);

		messages = messages.withValues(java.util.Map.of(77, 2), 2);
		assertThat(verify(messageLists, entry).failureCodes()).containsExactly(ReasonCode.SUSPENDED);

		messages = messages.withValues(java.util.Map.of(77, 3), 2);
		assertThat(verify(messageLists, entry).failureCodes()).as("an undefined value fails closed")
			.containsExactly(ReasonCode.STATUS_INVALID);

		messages = messages.withValues(java.util.Map.of(77, 0), 2);
		assertThat(verify(messageLists, entry).verdict()).as("a suspension lifted").isEqualTo(Verdict.VALID);
		assertThat(messages.value(76, 2)).isZero();
		assertThat(messages.value(78, 2)).isZero();
	}

	@Test
	void checkWhenMessageEntryMalformedThenStatusInvalid() {
		StatusEntry good = StatusEntry.message(LIST + "/message", 5);
		StatusEntry fewMessages = new StatusEntry(good.id(), good.type(), good.statusPurpose(), good.statusListIndex(),
				good.statusListCredential(), 2, StatusEntry.STATES.subList(0, 3));
		StatusEntry hugeSize = new StatusEntry(good.id(), good.type(), good.statusPurpose(), good.statusListIndex(),
				good.statusListCredential(), 40, StatusEntry.STATES);
		StatusEntry outside = StatusEntry.message(LIST + "/message", 131_072);
		for (StatusEntry entry : new StatusEntry[] { fewMessages, hugeSize, outside }) {
			assertThat(verify(messageLists, entry).failureCodes()).containsExactly(ReasonCode.STATUS_INVALID);
		}
	}

	@Test
	void listWhenMultiBitValuesWrittenThenReadBackMsbFirst() {
		BitstringStatusList list = BitstringStatusList.empty(131_072).withValues(java.util.Map.of(0, 2, 3, 1), 2);
		assertThat(list.toBytes()[0] & 0xFF).isEqualTo(0b1000_0001);
		assertThat(list.value(0, 2)).isEqualTo(2);
		assertThat(list.value(3, 2)).isEqualTo(1);
		assertThat(list.entries(2)).isEqualTo(65_536);
	}

}
