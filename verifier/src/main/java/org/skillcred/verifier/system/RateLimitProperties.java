package org.skillcred.verifier.system;

import java.util.List;

import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Per-client limits on the verifications that make this verifier fetch from issuers: opening
 * verification links, and verifying a posted credential or file. An employer checking
 * certificates one by one stays far below them; a script trying random links does not.
 *
 * @param enabled whether the limits apply
 * @param linkLookupsPerMinute verification links ({@code GET /v/…}) one client address may open a minute
 * @param verificationsPerMinute posted verifications (API, VC-API, home page form) a minute
 * @param clientAddressHeader the header a trusted proxy puts the client's address in (such as
 * {@code X-Forwarded-For}); unset: the connection's address
 * @param trustedProxies the proxies whose {@code clientAddressHeader} is believed
 */
@Validated
@ConfigurationProperties("verifier.rate-limits")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("60") @Min(1) int linkLookupsPerMinute,
		@DefaultValue("120") @Min(1) int verificationsPerMinute, @Nullable String clientAddressHeader,
		@DefaultValue({}) List<String> trustedProxies) {
}
