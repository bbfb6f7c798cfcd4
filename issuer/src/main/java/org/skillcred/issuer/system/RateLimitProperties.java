package org.skillcred.issuer.system;

import java.util.List;

import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Per-client limits on guessing: wrong API keys and unknown learner links. Requests that succeed
 * are never counted, so a partner or learner using valid keys and links is not slowed down.
 *
 * @param enabled whether the limits apply
 * @param authFailuresPerMinute requests with a wrong API key (401) one client address may make a
 * minute; past it, every request that sends a key gets 429 until the bucket refills
 * @param learnerLinkFailuresPerMinute unknown learner links (404 under {@code /learn/}) a minute
 * @param clientAddressHeader the header a trusted proxy puts the client's address in (such as
 * {@code X-Forwarded-For}); unset: the connection's address
 * @param trustedProxies the proxies whose {@code clientAddressHeader} is believed
 */
@Validated
@ConfigurationProperties("issuer.rate-limits")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("20") @Min(1) int authFailuresPerMinute,
		@DefaultValue("20") @Min(1) int learnerLinkFailuresPerMinute, @Nullable String clientAddressHeader,
		@DefaultValue({}) List<String> trustedProxies) {
}
