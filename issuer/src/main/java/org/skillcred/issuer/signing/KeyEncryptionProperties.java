package org.skillcred.issuer.signing;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key-encryption key (KEK) that protects generated private keys at rest: either a base64
 * 256-bit AES key from a secret ({@code ISSUER_KEYS_KEK}), or an AES secret-key entry of a
 * PKCS#12 keystore. Without one, keys can only come from files and cannot be rotated or generated
 * through the API.
 *
 * @param kek base64 of 32 random bytes
 * @param keystore a PKCS#12 keystore location (Spring resource) holding the KEK
 * @param keystorePassword its password
 * @param keystoreAlias the secret-key entry's alias
 */
@ConfigurationProperties("issuer.keys")
record KeyEncryptionProperties(@Nullable String kek, @Nullable String keystore, @Nullable String keystorePassword,
		@Nullable String keystoreAlias) {

	@Override
	public String toString() {
		return "KeyEncryptionProperties[kek=" + (kek != null ? "(set)" : "none") + ", keystore=" + keystore + "]";
	}

}
