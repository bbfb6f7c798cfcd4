package org.skillcred.core.verification;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.CredentialContexts;
import tools.jackson.databind.JsonNode;

/**
 * The rules of an {@code EnvelopedVerifiableCredential}, the form a JWT credential takes inside a
 * presentation or a VC-API message: the base context, a {@code data:} URL of the enveloped media
 * type as its id, and exactly the one type.
 *
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/#enveloped-verifiable-credentials">VCDM 2.0 §4.13</a>
 */
public final class EnvelopeRules {

	/** The type an envelope has, and no other. */
	public static final String TYPE = "EnvelopedVerifiableCredential";

	private static final java.util.Set<String> ENVELOPE_MEMBERS = java.util.Set.of("@context", "id", "type");

	/** The id prefix of an envelope around a VC-JOSE-COSE credential. */
	public static final String VC_JWT_DATA_URL = "data:application/vc+jwt,";

	private EnvelopeRules() {
	}

	/**
	 * Checks an envelope.
	 * @param envelope the JSON object
	 * @return the first violation, or null
	 */
	public static @Nullable RuleViolation firstViolation(JsonNode envelope) {
		if (!envelope.isObject()) {
			return new RuleViolation("vcdm2.envelope.object", "", "An enveloped credential must be a JSON object.");
		}
		JsonNode context = envelope.get("@context");
		boolean baseContext = context != null && (CredentialContexts.VC_V2.equals(context.asString(null))
				|| (context.isArray() && !context.isEmpty() && CredentialContexts.VC_V2.equals(context.get(0).asString(""))));
		if (!baseContext) {
			return new RuleViolation("vcdm2.envelope.context", "/@context",
					"An enveloped credential's @context must start with " + CredentialContexts.VC_V2 + ".");
		}
		JsonNode type = envelope.get("type");
		boolean exactType = type != null && (TYPE.equals(type.asString(null))
				|| (type.isArray() && type.size() == 1 && TYPE.equals(type.get(0).asString(""))));
		if (!exactType) {
			return new RuleViolation("vcdm2.envelope.type", "/type", "The type must be exactly " + TYPE + ".");
		}
		String id = envelope.path("id").asString("");
		if (!id.startsWith(VC_JWT_DATA_URL) || id.length() == VC_JWT_DATA_URL.length()) {
			return new RuleViolation("vcdm2.envelope.id", "/id",
					"The id must be a data: URL of media type application/vc+jwt carrying the credential.");
		}
		// anything beside the three is unsigned, yet a reader could take it for the credential's own
		// claims (a credentialSubject next to the signed one)
		for (String member : envelope.propertyNames()) {
			if (!ENVELOPE_MEMBERS.contains(member)) {
				return new RuleViolation("vcdm2.envelope.members", "/" + RuleViolation.pointerToken(member),
						"An enveloped credential has only @context, id and type: everything else is unsigned.");
			}
		}
		return null;
	}

}
