package org.skillcred.verifier.system;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access to the Prometheus endpoint.
 *
 * @param token the bearer token a scraper must send; unset, the endpoint is off (404)
 */
@ConfigurationProperties("verifier.metrics")
record MetricsProperties(@Nullable String token) {
}
