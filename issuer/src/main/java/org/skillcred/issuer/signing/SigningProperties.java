package org.skillcred.issuer.signing;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The issuer's signing keys.
 *
 * @param keys the configured keys; exactly one must be active (a single key is active by default)
 */
@Validated
@ConfigurationProperties("issuer.signing")
record SigningProperties(@DefaultValue List<@Valid KeyConfig> keys) {

	/**
	 * One key file.
	 *
	 * @param location a Spring resource location: {@code file:/etc/skillcred/issuer.pem},
	 * {@code classpath:...}; PEM (PKCS#8 or SEC1), JWK JSON ({@code .jwk}/{@code .json}) or
	 * PKCS#12 ({@code .p12}/{@code .pfx})
	 * @param password the PKCS#12 store and key password, if any
	 * @param alias the PKCS#12 alias; the first key entry when empty
	 * @param active whether new credentials are signed with this key
	 */
	record KeyConfig(@NotBlank String location, @Nullable String password, @Nullable String alias,
			@DefaultValue("false") boolean active) {

		@Override
		public String toString() {
			return "KeyConfig[location=" + location + ", alias=" + alias + ", active=" + active + "]";
		}

	}

}
