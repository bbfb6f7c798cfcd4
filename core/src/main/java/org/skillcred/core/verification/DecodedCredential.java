package org.skillcred.core.verification;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.jose.JwtProfile;
import tools.jackson.databind.JsonNode;

/**
 * A credential JWT that has been parsed but not yet trusted.
 *
 * @param jws the JWS taken apart: header, signing input and signature
 * @param profile the profile recognised from {@code typ} and payload
 * @param claims the whole JWT payload
 * @param credential the credential: the payload, or its {@code vc} claim for legacy tokens
 * @param issuerId the issuer identifier from {@code issuer} (string or object id)
 * @param keyId the {@code kid} header, or null
 */
public record DecodedCredential(JwsParts jws, JwtProfile profile, JsonNode claims, JsonNode credential,
		String issuerId, @Nullable String keyId) {

	/**
	 * A text field of the credential, such as {@code id}.
	 * @param name the field name
	 * @return the text, or null when absent or not text
	 */
	public @Nullable String text(String name) {
		JsonNode value = credential.get(name);
		return (value != null && value.isString()) ? value.asString() : null;
	}

}
