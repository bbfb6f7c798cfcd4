package org.skillcred.core.status;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Against the test vectors of draft-ietf-oauth-status-list (examples/status_list_encoding*_json.md).
 */
class TokenStatusListTests {

	@Test
	void encodeWhenDraftOneBitExampleThenSameBytesAndLst() throws Exception {
		int[] statuses = { 1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1 };
		TokenStatusList list = TokenStatusList.empty(16, 1);
		for (int i = 0; i < statuses.length; i++) {
			list = list.with(i, statuses[i]);
		}
		assertThat(list.toBytes()).containsExactly((byte) 0xB9, (byte) 0xA3);
		assertThat(list.encode()).isEqualTo("eNrbuRgAAhcBXQ");
		TokenStatusList decoded = TokenStatusList.decode(1, "eNrbuRgAAhcBXQ", 1024);
		for (int i = 0; i < statuses.length; i++) {
			assertThat(decoded.status(i)).as("index %d", i).isEqualTo(statuses[i]);
		}
	}

	@Test
	void encodeWhenDraftTwoBitExampleThenSameBytesAndLst() throws Exception {
		int[] statuses = { 1, 2, 0, 3, 0, 1, 0, 1, 1, 2, 3, 3 };
		TokenStatusList list = TokenStatusList.empty(12, 2);
		for (int i = 0; i < statuses.length; i++) {
			list = list.with(i, statuses[i]);
		}
		assertThat(list.toBytes()).containsExactly((byte) 0xC9, (byte) 0x44, (byte) 0xF9);
		assertThat(list.encode()).isEqualTo("eNo76fITAAPfAgc");
		TokenStatusList decoded = TokenStatusList.decode(2, "eNo76fITAAPfAgc", 1024);
		for (int i = 0; i < statuses.length; i++) {
			assertThat(decoded.status(i)).as("index %d", i).isEqualTo(statuses[i]);
		}
	}

	@Test
	void decodeWhenBombOrGarbageThenRefused() {
		String bomb = TokenStatusList.empty(64 * 1024 * 1024, 1).encode();
		assertThatExceptionOfType(StatusListException.class).isThrownBy(() -> TokenStatusList.decode(1, bomb, 1 << 20));
		assertThatExceptionOfType(StatusListException.class).isThrownBy(() -> TokenStatusList.decode(1, "!!", 100));
		assertThatExceptionOfType(StatusListException.class)
			.isThrownBy(() -> TokenStatusList.decode(1, "AAAAAAAA", 100));
	}

}
