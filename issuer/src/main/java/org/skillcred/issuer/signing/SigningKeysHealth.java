package org.skillcred.issuer.signing;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of signing: the platform issuer has an active key that signs. An instance without one
 * cannot issue, so it should take no traffic. Reported as {@code signingKeys}.
 */
@Component("signingKeysHealthIndicator")
class SigningKeysHealth implements HealthIndicator {

	private final SigningKeyRegistry keys;

	SigningKeysHealth(SigningKeyRegistry keys) {
		this.keys = keys;
	}

	@Override
	public Health health() {
		try {
			return Health.up().withDetail("activeKey", keys.activeSigner().keyId()).build();
		}
		catch (RuntimeException ex) {
			return Health.down().withDetail("error", "no active signing key").build();
		}
	}

}
