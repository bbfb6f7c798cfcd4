package org.skillcred.issuer.partner;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * The authenticated caller of the API: a partner, or the platform administrator.
 *
 * @param partnerId the partner's id, or null for the administrator
 * @param name the partner's slug, or {@code admin}
 */
public record PartnerPrincipal(@org.jspecify.annotations.Nullable UUID partnerId, String name)
		implements OAuth2AuthenticatedPrincipal {

	static PartnerPrincipal partner(Partner partner) {
		return new PartnerPrincipal(partner.id(), partner.slug());
	}

	static PartnerPrincipal admin() {
		return new PartnerPrincipal(null, "admin");
	}

	public boolean isAdmin() {
		return partnerId == null;
	}

	/**
	 * The partner id of a partner caller.
	 * @return the id
	 * @throws IllegalStateException for the administrator
	 */
	public UUID requirePartnerId() {
		if (partnerId == null) {
			throw new IllegalStateException("The administrator is not a partner");
		}
		return partnerId;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return Map.of("sub", name);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(isAdmin() ? "ROLE_ADMIN" : "ROLE_PARTNER"));
	}

	@Override
	public String getName() {
		return name;
	}

}
