package org.skillcred.issuer.status;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Status list settings.
 *
 * @param capacity entries per list; at least 131,072 so a list does not reveal how many
 * credentials it covers (Bitstring Status List §6.4)
 * @param ttl how long verifiers and caches may keep a published list; also its Cache-Control
 * max-age. A revocation is visible everywhere within this time.
 * @param maxProbes random probes for a free index before a list counts as full and a new one is
 * started
 * @param validity how long a signed list stays valid ({@code validUntil}): verifiers keep using the
 * last list through an outage of the issuer for up to this long. Lists are signed again after half
 * of it, so a list any cache holds is always well within its validity.
 */
@Validated
@ConfigurationProperties("issuer.status")
public record StatusProperties(@DefaultValue("131072") @Min(131072) int capacity,
		@DefaultValue("5m") Duration ttl, @DefaultValue("8") @Min(1) int maxProbes,
		@DefaultValue("48h") Duration validity) {
}
