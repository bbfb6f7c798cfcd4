package org.skillcred.core.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List: a bitstring where bit {@code i} is the status of the credential
 * with {@code statusListIndex} {@code i}, carried as {@code encodedList}: the multibase
 * base64url (prefix {@code u}, no padding) of the GZIP-compressed bitstring.
 * <p>
 * Bit 0 is the left-most (most significant) bit of the first byte. Lists have at least 131,072
 * entries (16 KiB), so a holder cannot be told apart by list size. Decoding inflates with a hard
 * output cap, so a small "zip bomb" cannot exhaust memory. Instances are immutable.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstring-encoding">Bitstring Status List §4.1 Bitstring Encoding</a>
 */
public final class BitstringStatusList {

	/** The minimum number of entries the specification requires. */
	public static final int MIN_ENTRIES = 131_072;

	/** Default cap on the decoded size: 16 MiB, 128 million entries. */
	public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

	private final byte[] bits;

	private BitstringStatusList(byte[] bits) {
		this.bits = bits;
	}

	/**
	 * Creates an empty list (every status 0).
	 * @param entries the number of entries, at least {@link #MIN_ENTRIES} and a multiple of 8
	 * @return the list
	 */
	public static BitstringStatusList empty(int entries) {
		if (entries < MIN_ENTRIES || entries % 8 != 0) {
			throw new IllegalArgumentException("A status list needs at least 131,072 entries, in whole bytes");
		}
		return new BitstringStatusList(new byte[entries / 8]);
	}

	/**
	 * Wraps raw bitstring bytes (copied).
	 * @param bytes the bitstring
	 * @return the list
	 */
	public static BitstringStatusList of(byte[] bytes) {
		return new BitstringStatusList(bytes.clone());
	}

	/**
	 * Decodes an {@code encodedList}.
	 * @param encodedList multibase base64url of the GZIP bitstring
	 * @param maxBytes the largest decoded size accepted
	 * @return the list
	 * @throws StatusListException when the value is not a valid encoding, too large, or shorter
	 * than the 131,072-entry minimum
	 */
	public static BitstringStatusList decode(String encodedList, int maxBytes) throws StatusListException {
		if (encodedList.isEmpty() || encodedList.charAt(0) != 'u') {
			throw new StatusListException("encodedList must be multibase base64url (prefix 'u')");
		}
		if (encodedList.length() > (long) maxBytes * 2 + 64) {
			throw new StatusListException("encodedList is too long");
		}
		byte[] compressed;
		try {
			compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
		}
		catch (IllegalArgumentException ex) {
			throw new StatusListException("encodedList is not base64url");
		}
		byte[] bits;
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			bits = readAtMost(in, maxBytes);
		}
		catch (IOException ex) {
			throw new StatusListException("encodedList is not GZIP data");
		}
		if (bits.length * 8L < MIN_ENTRIES) {
			throw new StatusListException("The list is shorter than the 131,072 entries the specification requires");
		}
		return new BitstringStatusList(bits);
	}

	private static byte[] readAtMost(InputStream in, int maxBytes) throws IOException, StatusListException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 64 * 1024));
		byte[] buffer = new byte[8192];
		int n;
		while ((n = in.read(buffer)) > 0) {
			if (out.size() + n > maxBytes) {
				throw new StatusListException("The decoded list exceeds " + maxBytes + " bytes");
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	/**
	 * Encodes the list as an {@code encodedList} value.
	 * @return multibase base64url of the GZIP bitstring
	 */
	public String encode() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bits);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
	}

	/**
	 * The number of entries.
	 * @return bits in the list
	 */
	public long size() {
		return bits.length * 8L;
	}

	/**
	 * Reads one entry.
	 * @param index the {@code statusListIndex}
	 * @return true when the bit is set (revoked, or suspended, per the list's purpose)
	 * @throws IndexOutOfBoundsException when the index is outside the list
	 */
	public boolean isSet(long index) {
		if (index < 0 || index >= size()) {
			throw new IndexOutOfBoundsException("Status index " + index + " outside a list of " + size());
		}
		return (bits[(int) (index >>> 3)] & (0x80 >>> (int) (index & 7))) != 0;
	}

	/**
	 * Returns a copy with one entry changed.
	 * @param index the entry
	 * @param value the new value
	 * @return the new list
	 */
	public BitstringStatusList with(long index, boolean value) {
		if (index < 0 || index >= size()) {
			throw new IndexOutOfBoundsException("Status index " + index + " outside a list of " + size());
		}
		byte[] copy = bits.clone();
		int mask = 0x80 >>> (int) (index & 7);
		copy[(int) (index >>> 3)] = (byte) (value ? (copy[(int) (index >>> 3)] | mask)
				: (copy[(int) (index >>> 3)] & ~mask));
		return new BitstringStatusList(copy);
	}

	/**
	 * Returns a copy with several entries set.
	 * @param indexes the entries to set
	 * @return the new list
	 */
	public BitstringStatusList withAll(Iterable<? extends Number> indexes) {
		byte[] copy = bits.clone();
		for (Number number : indexes) {
			long index = number.longValue();
			if (index < 0 || index >= size()) {
				throw new IndexOutOfBoundsException("Status index " + index + " outside a list of " + size());
			}
			copy[(int) (index >>> 3)] |= (byte) (0x80 >>> (int) (index & 7));
		}
		return new BitstringStatusList(copy);
	}

	/**
	 * Reads a multi-bit entry ({@code statusSize} bits per entry, the left-most bit first, as the
	 * specification's bit order has it).
	 * @param index the {@code statusListIndex}
	 * @param statusSize bits per entry, 1 to 8
	 * @return the entry's value
	 * @throws IndexOutOfBoundsException when the index is outside the list
	 */
	public int value(long index, int statusSize) {
		requireStatusSize(statusSize);
		if (index < 0 || index >= entries(statusSize)) {
			throw new IndexOutOfBoundsException("Status index " + index + " outside a list of " + entries(statusSize));
		}
		int value = 0;
		for (int bit = 0; bit < statusSize; bit++) {
			value = (value << 1) | (isSet(index * statusSize + bit) ? 1 : 0);
		}
		return value;
	}

	/**
	 * The number of entries of a size.
	 * @param statusSize bits per entry
	 * @return how many entries the list holds
	 */
	public long entries(int statusSize) {
		requireStatusSize(statusSize);
		return size() / statusSize;
	}

	/**
	 * Returns a copy with multi-bit entries set to values; entries not given keep theirs.
	 * @param values the value of each entry to set, by index
	 * @param statusSize bits per entry, 1 to 8
	 * @return the new list
	 */
	public BitstringStatusList withValues(java.util.Map<? extends Number, Integer> values, int statusSize) {
		requireStatusSize(statusSize);
		byte[] copy = bits.clone();
		values.forEach((number, value) -> {
			long index = number.longValue();
			if (index < 0 || index >= entries(statusSize) || value < 0 || value >= (1 << statusSize)) {
				throw new IndexOutOfBoundsException("Status entry " + index + "=" + value + " outside the list");
			}
			for (int bit = 0; bit < statusSize; bit++) {
				long position = index * statusSize + bit;
				int mask = 0x80 >>> (int) (position & 7);
				boolean set = ((value >>> (statusSize - 1 - bit)) & 1) != 0;
				copy[(int) (position >>> 3)] = (byte) (set ? (copy[(int) (position >>> 3)] | mask)
						: (copy[(int) (position >>> 3)] & ~mask));
			}
		});
		return new BitstringStatusList(copy);
	}

	private static void requireStatusSize(int statusSize) {
		if (statusSize < 1 || statusSize > 8) {
			throw new IllegalArgumentException("statusSize must be 1 to 8");
		}
	}

	/**
	 * The raw bitstring (a copy).
	 * @return the bytes
	 */
	public byte[] toBytes() {
		return bits.clone();
	}

}
