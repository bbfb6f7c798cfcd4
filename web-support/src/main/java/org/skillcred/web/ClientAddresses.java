package org.skillcred.web;

import java.util.Collection;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * The address of the client a request comes from, for rate limits. Behind a load balancer the
 * connection comes from the balancer, so the client is taken from a forwarding header, but only
 * when the request arrives from a configured trusted proxy, and only the hop that proxy added:
 * anything else in the header is the client's own word and may be forged.
 */
public final class ClientAddresses {

	private static final int MAX_ADDRESS_LENGTH = 64;

	private final @Nullable String header;

	private final Set<String> trustedProxies;

	/**
	 * @param header the forwarding header the trusted proxies set (such as {@code X-Forwarded-For}),
	 * or null to use the connection's address alone
	 * @param trustedProxies the addresses of the proxies allowed to set it
	 */
	public ClientAddresses(@Nullable String header, Collection<String> trustedProxies) {
		this.header = (header == null || header.isBlank()) ? null : header;
		this.trustedProxies = Set.copyOf(trustedProxies);
	}

	/**
	 * The client's address.
	 * @param request the request
	 * @return the address to key limits on
	 */
	public String of(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		if (header == null || !trustedProxies.contains(peer)) {
			return peer;
		}
		String forwarded = request.getHeader(header);
		if (forwarded == null) {
			return peer;
		}
		// the rightmost hop a trusted proxy did not add is the client as the proxies saw it
		String[] hops = forwarded.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
				return (hop.length() > MAX_ADDRESS_LENGTH) ? hop.substring(0, MAX_ADDRESS_LENGTH) : hop;
			}
		}
		return peer;
	}

}
