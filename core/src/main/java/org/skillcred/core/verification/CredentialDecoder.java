package org.skillcred.core.verification;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.jose.CredentialClaims;
import org.skillcred.core.jose.JwtProfile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses a compact JWS into a {@link DecodedCredential}, enforcing the format rules that must hold
 * before any key is looked up: size limits, JSON limits, the algorithm allow-list, known
 * {@code typ} values and no unknown critical headers.
 * <p>
 * The header is inspected as plain JSON first, so {@code alg: none} and HMAC tokens are reported
 * precisely rather than as generic parse errors. Thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8725">RFC 8725 JWT Best Current Practices</a>
 */
public final class CredentialDecoder {

	private static final String VC_JWT_TYPE = "vc+jwt";

	private final VerificationPolicy policy;

	private final CredentialJson json;

	public CredentialDecoder(VerificationPolicy policy) {
		this.policy = policy;
		this.json = new CredentialJson(policy.maxJsonDepth(), policy.maxTokenLength());
	}

	/**
	 * Decodes a compact JWS.
	 * @param token the compact serialization
	 * @return the decoded, not yet verified, credential
	 * @throws FormatException when the token breaks a format rule
	 */
	public DecodedCredential decode(@Nullable String token) throws FormatException {
		if (token == null || token.isBlank()) {
			throw new FormatException(ReasonCode.MALFORMED, "No credential was given.");
		}
		String compact = token.strip();
		if (compact.length() > policy.maxTokenLength()) {
			throw new FormatException(ReasonCode.TOO_LARGE,
					"The credential is larger than " + policy.maxTokenLength() + " characters.");
		}
		// the dots are found once and the segments decoded straight from one ASCII copy of the
		// token: no regex split, no substring per segment (this runs on every verification)
		int firstDot = compact.indexOf('.');
		int secondDot = (firstDot < 0) ? -1 : compact.indexOf('.', firstDot + 1);
		int extraDot = (secondDot < 0) ? -1 : compact.indexOf('.', secondDot + 1);
		if (extraDot >= 0 && dots(compact) == 4) {
			throw new FormatException(ReasonCode.MALFORMED, "Encrypted tokens (JWE) are not accepted.");
		}
		if (secondDot < 0 || extraDot >= 0) {
			throw new FormatException(ReasonCode.MALFORMED, "The credential is not a compact JWS (three parts).");
		}
		// non-ASCII characters become '?', which no base64url segment accepts
		byte[] ascii = compact.getBytes(StandardCharsets.US_ASCII);
		JsonNode header = readJson(ascii, 0, firstDot, "header");
		checkAlgorithm(header);
		if (header.has("crit")) {
			throw new FormatException(ReasonCode.UNSUPPORTED_CRITICAL_HEADER,
					"The token requires header extensions this verifier does not support: " + header.get("crit"));
		}
		JwsParts jws = new JwsParts(jwsHeader(header, compact.substring(0, firstDot)),
				Arrays.copyOf(ascii, secondDot), new Base64URL(compact.substring(secondDot + 1)));
		JsonNode claims = readJson(ascii, firstDot + 1, secondDot, "payload");
		JwtProfile profile = profileOf(jws, claims);
		JsonNode credential = (profile == JwtProfile.LEGACY_VC_JWT) ? legacyCredential(claims) : claims;
		String issuerId = issuerId(credential);
		return new DecodedCredential(jws, profile, claims, credential, issuerId, jws.header().getKeyID());
	}

	private static int dots(String compact) {
		int count = 0;
		for (int i = compact.indexOf('.'); i >= 0; i = compact.indexOf('.', i + 1)) {
			count++;
		}
		return count;
	}

	private JsonNode readJson(byte[] ascii, int from, int to, String what) throws FormatException {
		byte[] bytes;
		try {
			// the JDK's decoder is several times faster than a generic one
			bytes = java.util.Base64.getUrlDecoder().decode(Arrays.copyOfRange(ascii, from, to));
		}
		catch (IllegalArgumentException ex) {
			throw new FormatException(ReasonCode.MALFORMED, "The JWS " + what + " is not base64url.");
		}
		try {
			JsonNode node = json.read(bytes);
			if (node == null || !node.isObject()) {
				throw new FormatException(ReasonCode.MALFORMED, "The JWS " + what + " is not a JSON object.");
			}
			return node;
		}
		catch (StreamConstraintsException ex) {
			throw new FormatException(ReasonCode.TOO_LARGE,
					"The JWS " + what + " is nested too deeply or is too large.");
		}
		catch (JacksonException ex) {
			if (CredentialJson.namesAMemberTwice(ex)) {
				throw new FormatException(ReasonCode.MALFORMED, "The JWS " + what
						+ " names a member twice: readers differ on which one counts, so it is not accepted.");
			}
			throw new FormatException(ReasonCode.MALFORMED, "The JWS " + what + " is not valid JSON.");
		}
	}

	private void checkAlgorithm(JsonNode header) throws FormatException {
		JsonNode alg = header.get("alg");
		if (alg == null || !alg.isString() || alg.asString().isBlank()) {
			throw new FormatException(ReasonCode.MALFORMED, "The JWS header has no algorithm.");
		}
		String name = alg.asString();
		if ("none".equalsIgnoreCase(name)) {
			throw new FormatException(ReasonCode.UNSIGNED, "The credential is not signed (alg: none).");
		}
		if (!policy.algorithms().allows(JWSAlgorithm.parse(name))) {
			throw new FormatException(ReasonCode.ALGORITHM_NOT_ALLOWED,
					"The signature algorithm " + name + " is not accepted.");
		}
	}

	/**
	 * The header parameters verification uses, from the header already read, keeping its original
	 * encoding for the signing input. Others (jwk, jku, x5u, x5c…) are never used: keys come only
	 * from the trusted issuer's published documents.
	 */
	private static JWSHeader jwsHeader(JsonNode header, String encoded) throws FormatException {
		JWSHeader.Builder builder = new JWSHeader.Builder(JWSAlgorithm.parse(header.get("alg").asString()));
		String typ = headerText(header, "typ");
		String cty = headerText(header, "cty");
		String kid = headerText(header, "kid");
		if (typ != null) {
			builder.type(new JOSEObjectType(typ));
		}
		return builder.contentType(cty).keyID(kid).parsedBase64URL(new Base64URL(encoded)).build();
	}

	private static @Nullable String headerText(JsonNode header, String name) throws FormatException {
		JsonNode value = header.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new FormatException(ReasonCode.MALFORMED, "The JWS header's " + name + " is not a string.");
		}
		return value.asString();
	}

	/** A {@code typ} or {@code cty} value without its optional {@code application/} prefix, lower case. */
	private static String mediaSubtype(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		return lower.startsWith("application/") ? lower.substring("application/".length()) : lower;
	}

	private JwtProfile profileOf(JwsParts jws, JsonNode claims) throws FormatException {
		String typ = (jws.header().getType() != null) ? jws.header().getType().getType() : null;
		String normalised = (typ == null) ? null : mediaSubtype(typ);
		if (VC_JWT_TYPE.equals(normalised)) {
			String cty = jws.header().getContentType();
			if (cty != null && !"vc".equals(mediaSubtype(cty))) {
				throw new FormatException(ReasonCode.WRONG_TYPE, "A vc+jwt must have content type vc, not " + cty + ".");
			}
			if (claims.has(CredentialClaims.VC) || claims.has(CredentialClaims.VP)) {
				throw new FormatException(ReasonCode.MALFORMED, "A vc+jwt must not carry a vc or vp claim.");
			}
			return JwtProfile.VC_JWT;
		}
		if (normalised == null || "jwt".equals(normalised)) {
			JsonNode vc = claims.get(CredentialClaims.VC);
			if (vc != null) {
				if (!vc.isObject()) {
					throw new FormatException(ReasonCode.MALFORMED, "The vc claim is not a JSON object.");
				}
				return JwtProfile.LEGACY_VC_JWT;
			}
			if (!claims.has("@context")) {
				throw new FormatException(ReasonCode.MALFORMED, "The JWT does not contain a credential.");
			}
			return JwtProfile.OB3_JWT;
		}
		throw new FormatException(ReasonCode.WRONG_TYPE, "Tokens of type " + typ + " are not credentials.");
	}

	/**
	 * Maps a VCDM 1.1 JWT back to a credential: registered claims fill the fields they stand for
	 * (VCDM 1.1 §6.3.1 allows them "instead of" the credential properties).
	 */
	private JsonNode legacyCredential(JsonNode claims) {
		ObjectNode vc = ((ObjectNode) claims.get(CredentialClaims.VC)).deepCopy();
		copyIfAbsent(claims, CredentialClaims.ISS, vc, "issuer");
		copyIfAbsent(claims, CredentialClaims.JTI, vc, "id");
		if (!vc.has("issuanceDate") && claims.path(CredentialClaims.NBF).isNumber()) {
			vc.put("issuanceDate", Times.fromEpoch(claims.get(CredentialClaims.NBF).asLong()).toString());
		}
		if (!vc.has("expirationDate") && claims.path(CredentialClaims.EXP).isNumber()) {
			vc.put("expirationDate", Times.fromEpoch(claims.get(CredentialClaims.EXP).asLong()).toString());
		}
		JsonNode subject = vc.get("credentialSubject");
		if (subject instanceof ObjectNode s && !s.has("id") && claims.path(CredentialClaims.SUB).isString()) {
			s.put("id", claims.get(CredentialClaims.SUB).asString());
		}
		return vc;
	}

	private static void copyIfAbsent(JsonNode from, String claim, ObjectNode to, String field) {
		if (!to.has(field) && from.path(claim).isString()) {
			to.put(field, from.get(claim).asString());
		}
	}

	private static String issuerId(JsonNode credential) throws FormatException {
		JsonNode issuer = credential.get("issuer");
		if (issuer != null && issuer.isString() && !issuer.asString().isBlank()) {
			return issuer.asString();
		}
		if (issuer != null && issuer.isObject() && issuer.path("id").isString()
				&& !issuer.get("id").asString().isBlank()) {
			return issuer.get("id").asString();
		}
		throw new FormatException(ReasonCode.MISSING_FIELD, "The credential does not name its issuer.");
	}

}
