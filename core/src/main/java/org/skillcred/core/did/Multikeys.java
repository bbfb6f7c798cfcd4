package org.skillcred.core.did;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import org.jspecify.annotations.Nullable;

/**
 * Encodes public keys as {@code publicKeyMultibase} values of {@code Multikey} verification
 * methods: a multicodec header, the key in its compact form, base58-btc with the {@code z} prefix.
 * Resolvers that do not know {@code JsonWebKey} (did-jwt among them) know {@code Multikey}.
 *
 * @see <a href="https://www.w3.org/TR/cid-1.0/#Multikey">Controlled Identifiers 1.0, Multikey</a>
 * @see <a href="https://github.com/multiformats/multicodec/blob/master/table.csv">multicodec table</a>
 */
public final class Multikeys {

	/** Multicodec p256-pub (0x1200), as an unsigned varint. */
	private static final byte[] P256_PUB = { (byte) 0x80, 0x24 };

	/** Multicodec ed25519-pub (0xed). */
	private static final byte[] ED25519_PUB = { (byte) 0xed, 0x01 };

	/** Multicodec rsa-pub (0x1205), followed by the PKCS#1 RSAPublicKey. */
	private static final byte[] RSA_PUB = { (byte) 0x85, 0x24 };

	private static final char[] BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();

	private Multikeys() {
	}

	/**
	 * The {@code publicKeyMultibase} of a key.
	 * @param key a P-256, Ed25519 or RSA public key
	 * @return the multibase value, or null for a key type Multikey has no code for here
	 */
	public static @Nullable String publicKeyMultibase(JWK key) {
		try {
			if (key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
				byte[] x = fixed(ec.getX().decode(), 32);
				boolean odd = new BigInteger(1, ec.getY().decode()).testBit(0);
				byte[] compressed = new byte[33];
				compressed[0] = (byte) (odd ? 0x03 : 0x02);
				System.arraycopy(x, 0, compressed, 1, 32);
				return "z" + base58(concat(P256_PUB, compressed));
			}
			if (key instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
				return "z" + base58(concat(ED25519_PUB, okp.getX().decode()));
			}
			if (key instanceof RSAKey rsa) {
				return "z" + base58(concat(RSA_PUB, pkcs1(rsa)));
			}
		}
		catch (JOSEException ex) {
			return null;
		}
		return null;
	}

	/** PKCS#1 RSAPublicKey: the SubjectPublicKeyInfo's bit string. */
	private static byte[] pkcs1(RSAKey rsa) throws JOSEException {
		byte[] spki = rsa.toRSAPublicKey().getEncoded();
		org.bouncycastle.asn1.x509.SubjectPublicKeyInfo info = org.bouncycastle.asn1.x509.SubjectPublicKeyInfo
			.getInstance(spki);
		return info.getPublicKeyData().getBytes();
	}

	private static byte[] fixed(byte[] value, int length) {
		if (value.length == length) {
			return value;
		}
		byte[] out = new byte[length];
		int copy = Math.min(value.length, length);
		System.arraycopy(value, value.length - copy, out, length - copy, copy);
		return out;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
		out.writeBytes(a);
		out.writeBytes(b);
		return out.toByteArray();
	}

	/**
	 * Base58 in the Bitcoin alphabet: each leading zero byte becomes a '1', the rest is the number
	 * in base 58.
	 * @param bytes the bytes
	 * @return the encoding
	 */
	static String base58(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		BigInteger value = new BigInteger(1, bytes);
		BigInteger base = BigInteger.valueOf(58);
		while (value.signum() > 0) {
			BigInteger[] division = value.divideAndRemainder(base);
			out.append(BASE58[division[1].intValue()]);
			value = division[0];
		}
		for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
			out.append('1');
		}
		return out.reverse().toString();
	}

}
