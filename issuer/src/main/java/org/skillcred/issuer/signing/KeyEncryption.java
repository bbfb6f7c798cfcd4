package org.skillcred.issuer.signing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Encrypts generated private keys with the key-encryption key before they are stored, and
 * decrypts them when loaded: AES-256-GCM with a random 96-bit nonce, the key id as associated
 * data (so a ciphertext cannot be moved to another key's row). The database, and so its backups,
 * only ever hold ciphertext.
 */
@Component
class KeyEncryption {

	/** The public development KEK of the dev profile; refused anywhere else. */
	static final String DEV_KEK = "c2tpbGxjcmVkLWRldi1rZWstbm90LWEtc2VjcmV0ISE=";

	private static final String PREFIX = "kek1:";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final @Nullable SecretKey kek;

	KeyEncryption(KeyEncryptionProperties properties, ResourceLoader resources, Environment environment) {
		this.kek = load(properties, resources);
		if (properties.kek() != null && DEV_KEK.equals(properties.kek().strip()) && !environment.matchesProfiles("dev")) {
			throw new IllegalStateException(
					"issuer.keys.kek is the public development KEK, refused outside the dev profile. Set ISSUER_KEYS_KEK.");
		}
	}

	private static @Nullable SecretKey load(KeyEncryptionProperties properties, ResourceLoader resources) {
		try {
			if (properties.kek() != null && !properties.kek().isBlank()) {
				byte[] bytes = Base64.getDecoder().decode(properties.kek().strip());
				if (bytes.length != 32) {
					throw new IllegalStateException("issuer.keys.kek must be base64 of exactly 32 bytes");
				}
				return new SecretKeySpec(bytes, "AES");
			}
			if (properties.keystore() != null) {
				char[] password = (properties.keystorePassword() != null) ? properties.keystorePassword().toCharArray()
						: new char[0];
				KeyStore store = KeyStore.getInstance("PKCS12");
				try (InputStream in = resources.getResource(properties.keystore()).getInputStream()) {
					store.load(in, password);
				}
				if (!(store.getKey(properties.keystoreAlias(), password) instanceof SecretKey key)
						|| !"AES".equalsIgnoreCase(key.getAlgorithm())) {
					throw new IllegalStateException("The KEK keystore has no AES secret key named " + properties.keystoreAlias());
				}
				return key;
			}
			return null;
		}
		catch (java.io.IOException | GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Cannot load the key-encryption key: " + ex.getClass().getSimpleName(), ex);
		}
	}

	boolean available() {
		return kek != null;
	}

	String encrypt(String plaintext, String keyId) {
		SecretKey key = requireKek();
		try {
			byte[] nonce = new byte[12];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[nonce.length + sealed.length];
			System.arraycopy(nonce, 0, out, 0, nonce.length);
			System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
			return PREFIX + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encrypting a private key failed", ex);
		}
	}

	String decrypt(String sealed, String keyId) {
		SecretKey key = requireKek();
		if (!sealed.startsWith(PREFIX)) {
			throw new IllegalStateException("Not an encrypted key reference");
		}
		try {
			byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
			cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Private key " + keyId + " cannot be decrypted with the configured KEK");
		}
	}

	static boolean isSealed(String reference) {
		return reference.startsWith(PREFIX);
	}

	private SecretKey requireKek() {
		if (kek == null) {
			throw new IssuerException(ProblemCode.CONFLICT,
					"No key-encryption key is configured (issuer.keys.kek), so keys cannot be generated or loaded.");
		}
		return kek;
	}

}
