package org.skillcred.issuer.system;

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

	public static PartnerPrincipal partner(UUID partnerId, String slug) {
		return new PartnerPrincipal(partnerId, slug);
	}

	public static PartnerPrincipal admin() {
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
			throw new IssuerException(ProblemCode.FORBIDDEN, "This operation is for partners; use a partner's API key.");
		}
		return partnerId;
	}

	/**
	 * Whether this caller may act on data of a partner: the partner itself, or the administrator.
	 * @param owner the partner owning the data
	 * @return true when allowed
	 */
	public boolean mayActFor(UUID owner) {
		return isAdmin() || owner.equals(partnerId);
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
