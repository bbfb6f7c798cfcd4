package org.skillcred.verifier.status;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How status lists are cached.
 *
 * @param maxCacheAge the longest a fetched list is trusted, whatever its {@code ttl} says; once
 * older, it must be fetched again, and if that fails the answer is indeterminate
 * @param maxListSize the largest decoded list accepted
 * @param maxCachedLists how many lists are kept in memory
 * @param outageTolerance while the issuer cannot be reached, the longest the last good list is
 * used (and never beyond the {@code validUntil} its issuer signed); then the answer is
 * indeterminate
 */
@ConfigurationProperties("verifier.status")
record StatusProperties(@DefaultValue("5m") Duration maxCacheAge, @DefaultValue("16MB") DataSize maxListSize,
		@DefaultValue("1000") int maxCachedLists, @DefaultValue("48h") Duration outageTolerance) {
}
