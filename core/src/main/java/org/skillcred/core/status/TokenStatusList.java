package org.skillcred.core.status;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An IETF Token Status List: {@code bits} (1, 2, 4 or 8) per token, packed least significant bit
 * first, carried as {@code lst}: base64url (no padding) of the ZLIB-compressed bytes.
 * <p>
 * Status values: 0 valid, 1 invalid, 2 suspended; 3 and 0x0C–0x0F are application-specific.
 * Decoding inflates with a hard output cap. Instances are immutable.
 *
 * @see <a href="https://datatracker.ietf.org/doc/draft-ietf-oauth-status-list/">Token Status List, §4 Status List</a>
 */
public final class TokenStatusList {

	/** Status of a valid token. */
	public static final int VALID = 0x00;

	/** Status of an invalid (revoked) token. */
	public static final int INVALID = 0x01;

	/** Status of a suspended token. */
	public static final int SUSPENDED = 0x02;

	private final int bits;

	private final byte[] bytes;

	private TokenStatusList(int bits, byte[] bytes) {
		if (bits != 1 && bits != 2 && bits != 4 && bits != 8) {
			throw new IllegalArgumentException("bits must be 1, 2, 4 or 8");
		}
		this.bits = bits;
		this.bytes = bytes;
	}

	/**
	 * Creates a list of all-zero (valid) statuses.
	 * @param size the number of tokens
	 * @param bits bits per status
	 * @return the list
	 */
	public static TokenStatusList empty(int size, int bits) {
		return new TokenStatusList(bits, new byte[(int) (((long) size * bits + 7) / 8)]);
	}

	/**
	 * Wraps packed status bytes (copied).
	 * @param bits bits per status
	 * @param bytes the packed statuses
	 * @return the list
	 */
	public static TokenStatusList of(int bits, byte[] bytes) {
		return new TokenStatusList(bits, bytes.clone());
	}

	/**
	 * Decodes an {@code lst} value.
	 * @param bits bits per status, from the token's {@code status_list.bits}
	 * @param lst base64url of the ZLIB data
	 * @param maxBytes the largest inflated size accepted
	 * @return the list
	 * @throws StatusListException when malformed or too large
	 */
	public static TokenStatusList decode(int bits, String lst, int maxBytes) throws StatusListException {
		byte[] compressed;
		try {
			compressed = Base64.getUrlDecoder().decode(lst);
		}
		catch (IllegalArgumentException ex) {
			throw new StatusListException("lst is not base64url");
		}
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(compressed);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					throw new StatusListException("lst is truncated ZLIB data");
				}
				if (out.size() + n > maxBytes) {
					throw new StatusListException("The decoded list exceeds " + maxBytes + " bytes");
				}
				out.write(buffer, 0, n);
			}
			return new TokenStatusList(bits, out.toByteArray());
		}
		catch (DataFormatException ex) {
			throw new StatusListException("lst is not ZLIB data");
		}
		catch (IllegalArgumentException ex) {
			throw new StatusListException(ex.getMessage());
		}
		finally {
			inflater.end();
		}
	}

	/**
	 * Encodes the list as an {@code lst} value (ZLIB at best compression, as the draft's examples).
	 * @return base64url of the ZLIB data
	 */
	public String encode() {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		try {
			deflater.setInput(bytes);
			deflater.finish();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
			return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
		}
		finally {
			deflater.end();
		}
	}

	public int bits() {
		return bits;
	}

	/**
	 * The number of statuses the list can hold.
	 * @return bytes × 8 / bits
	 */
	public long size() {
		return bytes.length * 8L / bits;
	}

	/**
	 * Reads the status of one token.
	 * @param index the token's {@code idx}
	 * @return its status value
	 */
	public int status(long index) {
		checkIndex(index);
		long bit = index * bits;
		return (bytes[(int) (bit >>> 3)] >>> (int) (bit & 7)) & ((1 << bits) - 1);
	}

	/**
	 * Returns a copy with one status changed.
	 * @param index the token's {@code idx}
	 * @param status the new value, within {@code bits}
	 * @return the new list
	 */
	public TokenStatusList with(long index, int status) {
		return withAll(java.util.Map.of(index, status));
	}

	/**
	 * Returns a copy with several statuses changed.
	 * @param statuses status value by index
	 * @return the new list
	 */
	public TokenStatusList withAll(java.util.Map<? extends Number, Integer> statuses) {
		byte[] copy = bytes.clone();
		for (java.util.Map.Entry<? extends Number, Integer> entry : statuses.entrySet()) {
			long index = entry.getKey().longValue();
			int status = entry.getValue();
			checkIndex(index);
			if (status < 0 || status >= (1 << bits)) {
				throw new IllegalArgumentException("Status " + status + " does not fit in " + bits + " bits");
			}
			long bit = index * bits;
			int shift = (int) (bit & 7);
			int at = (int) (bit >>> 3);
			copy[at] = (byte) ((copy[at] & ~(((1 << bits) - 1) << shift)) | (status << shift));
		}
		return new TokenStatusList(bits, copy);
	}

	/**
	 * The packed bytes (a copy).
	 * @return the bytes
	 */
	public byte[] toBytes() {
		return bytes.clone();
	}

	private void checkIndex(long index) {
		if (index < 0 || index >= size()) {
			throw new IndexOutOfBoundsException("Status index " + index + " outside a list of " + size());
		}
	}

}
