package org.skillcred.core.status;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BitstringStatusListTests {

	@Test
	void decodeWhenSpecExampleThenEmpty131072EntryList() throws Exception {
		// the encodedList of the example in Bitstring Status List v1.0: 16,384 zero bytes
		BitstringStatusList list = BitstringStatusList
			.decode("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA", 1 << 20);
		assertThat(list.size()).isEqualTo(131_072);
		assertThat(list.isSet(0)).isFalse();
		assertThat(list.isSet(131_071)).isFalse();
	}

	@Test
	void encodeWhenBitsSetThenLeftMostBitIsIndexZero() throws Exception {
		BitstringStatusList list = BitstringStatusList.empty(131_072).with(0, true).with(9, true).with(131_071, true);
		byte[] raw = list.toBytes();
		assertThat(raw[0]).isEqualTo((byte) 0x80);
		assertThat(raw[1]).isEqualTo((byte) 0x40);
		assertThat(raw[16_383]).isEqualTo((byte) 0x01);
		BitstringStatusList decoded = BitstringStatusList.decode(list.encode(), 1 << 20);
		assertThat(decoded.isSet(0)).isTrue();
		assertThat(decoded.isSet(1)).isFalse();
		assertThat(decoded.isSet(9)).isTrue();
		assertThat(decoded.isSet(131_071)).isTrue();
		assertThat(decoded.with(9, false).isSet(9)).isFalse();
	}

	@Test
	void decodeWhenZipBombThenRefusedAtCap() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(new byte[64 * 1024 * 1024]); // 64 MiB of zeros: about 64 KiB compressed
		}
		String bomb = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
		assertThatExceptionOfType(StatusListException.class)
			.isThrownBy(() -> BitstringStatusList.decode(bomb, BitstringStatusList.DEFAULT_MAX_BYTES))
			.withMessageContaining("exceeds");
	}

	@Test
	void decodeWhenMalformedOrTooShortThenRefused() throws Exception {
		assertThatExceptionOfType(StatusListException.class).isThrownBy(() -> BitstringStatusList.decode("", 100));
		assertThatExceptionOfType(StatusListException.class)
			.isThrownBy(() -> BitstringStatusList.decode("zabc", 1 << 20));
		assertThatExceptionOfType(StatusListException.class)
			.isThrownBy(() -> BitstringStatusList.decode("u!!!!", 1 << 20));
		assertThatExceptionOfType(StatusListException.class)
			.isThrownBy(() -> BitstringStatusList.decode("uAAAA", 1 << 20));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(new byte[100]);
		}
		String small = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
		assertThatExceptionOfType(StatusListException.class)
			.isThrownBy(() -> BitstringStatusList.decode(small, 1 << 20))
			.withMessageContaining("131,072");
	}

	@Test
	void isSetWhenOutOfRangeThenThrows() {
		BitstringStatusList list = BitstringStatusList.empty(131_072);
		org.assertj.core.api.Assertions.assertThatExceptionOfType(IndexOutOfBoundsException.class)
			.isThrownBy(() -> list.isSet(131_072));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(IndexOutOfBoundsException.class)
			.isThrownBy(() -> list.isSet(-1));
	}

}
