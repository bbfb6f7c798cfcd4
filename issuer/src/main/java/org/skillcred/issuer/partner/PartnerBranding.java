package org.skillcred.issuer.partner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a partner's certificates carry besides their template: a colour, a logo, a seal and up to
 * three signatories. Never changed once stored: a new branding replaces it for certificates issued
 * from then on, while older certificates keep the one in effect when they were issued.
 *
 * @param id the branding's id
 * @param partnerId the partner
 * @param createdAt from when it is in effect
 * @param color the partner's colour, {@code #RRGGBB}, or null for the template's
 * @param logo PNG or JPEG, or null
 * @param seal PNG or JPEG, or null
 * @param signatories who signs the certificates, in order
 */
public record PartnerBranding(UUID id, UUID partnerId, Instant createdAt, @Nullable String color, byte @Nullable [] logo,
		byte @Nullable [] seal, List<Signatory> signatories) {

	/**
	 * A person who signs a partner's certificates.
	 *
	 * @param name the person's name
	 * @param title their title, such as "Director of Training"
	 * @param signature a PNG or JPEG of the signature, or null
	 */
	public record Signatory(String name, String title, byte @Nullable [] signature) {
	}

}
