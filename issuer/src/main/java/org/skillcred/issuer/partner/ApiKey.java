package org.skillcred.issuer.partner;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One API key of a partner, stored as a SHA-256 hash only.
 *
 * @param keyHash hex SHA-256 of the key
 * @param prefix the first characters of the key, to tell keys apart in listings
 * @param createdAt when the key was created
 */
@Table("partner_api_key")
record ApiKey(String keyHash, String prefix, Instant createdAt) {
}
