package org.skillcred.verifier.trust;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where the trust list lives and how trusted issuers are reached.
 *
 * @param list the trust list file and how often to look for changes
 * @param http limits on every outbound request
 * @param keys caching of issuers' keys
 */
@Validated
@ConfigurationProperties("verifier.trust")
public record TrustProperties(@DefaultValue List list, @DefaultValue Http http, @DefaultValue Keys keys) {

	/**
	 * @param location a Spring resource: {@code file:/etc/skillcred/trusted-issuers.yml} is re-read
	 * when it changes; a {@code classpath:} list is fixed
	 * @param reloadInterval how often the file is checked for changes
	 */
	public record List(@DefaultValue("classpath:trusted-issuers.yml") String location,
			@DefaultValue("10s") Duration reloadInterval) {
	}

	/**
	 * @param connectTimeout connection time limit
	 * @param readTimeout time limit for the whole response
	 * @param maxResponseSize the largest response body read
	 * @param allowInsecureLoopback allow plain http to localhost (development only)
	 */
	public record Http(@DefaultValue("2s") Duration connectTimeout, @DefaultValue("3s") Duration readTimeout,
			@DefaultValue("1MB") DataSize maxResponseSize, @DefaultValue("false") boolean allowInsecureLoopback) {
	}

	/**
	 * @param cacheTtl how long fetched keys are used before they are fetched again
	 * @param outageTolerance how long cached keys stay usable while the issuer is unreachable
	 * @param rateLimit the minimum interval between two fetches of one issuer's keys (an unknown
	 * {@code kid} triggers a fetch, so this bounds what forged tokens can cause)
	 */
	public record Keys(@DefaultValue("5m") Duration cacheTtl, @DefaultValue("48h") Duration outageTolerance,
			@DefaultValue("10s") Duration rateLimit) {
	}

}
