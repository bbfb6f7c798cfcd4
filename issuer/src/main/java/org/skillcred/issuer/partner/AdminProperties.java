package org.skillcred.issuer.partner;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform administrator's credential.
 *
 * @param apiKeySha256 hex SHA-256 of the admin API key (preferred: the key itself is not in
 * configuration); set with {@code ISSUER_ADMIN_API_KEY_SHA256}
 * @param apiKey the admin API key in clear, for secrets injected at run time; ignored when the
 * hash is set
 */
@ConfigurationProperties("issuer.admin")
record AdminProperties(@Nullable String apiKeySha256, @Nullable String apiKey) {

	@Override
	public String toString() {
		return "AdminProperties[configured=" + (apiKeySha256 != null || apiKey != null) + "]";
	}

}
