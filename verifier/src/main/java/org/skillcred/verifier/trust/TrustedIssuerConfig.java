package org.skillcred.verifier.trust;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One entry of the trust list file.
 *
 * @param id the issuer identifier as it appears in credentials: a {@code did:web} DID or an
 * https base URL
 * @param ref a short name for verification links ({@code /v/<ref>/<credential id>})
 * @param name the display name shown to people
 * @param algorithms the algorithms this issuer may sign with
 * @param jwksUri where the issuer's JWKS lives, for https-URL issuers (default
 * {@code <id>/.well-known/jwks.json}); did:web issuers are resolved through their DID document
 * @param includePartners for a did:web platform, also trust the partners that issue in their own
 * name under it ({@code <id>:partners:<slug>}); list a partner's DID on its own to trust only it
 * @param credentialTypes the credential types accepted from this issuer (a credential's
 * {@code type} must include one); certificates, that is Open Badges 3.0 credentials, by default,
 * so a status list or another document the issuer signs never reads as a valid certificate
 */
public record TrustedIssuerConfig(String id, String ref, String name, @DefaultValue("ES256") List<String> algorithms,
		@Nullable URI jwksUri, @DefaultValue("false") boolean includePartners,
		@DefaultValue({ "OpenBadgeCredential", "AchievementCredential" }) List<String> credentialTypes) {

	/**
	 * The configuration of one partner under a platform that includes its partners.
	 * @param partnerDid the partner's DID
	 * @return the derived entry
	 */
	TrustedIssuerConfig forPartner(String partnerDid) {
		return new TrustedIssuerConfig(partnerDid, ref, name + " (" + partnerDid.substring(partnerDid.lastIndexOf(':') + 1)
				+ ")", algorithms, null, false, credentialTypes);
	}

}
