package org.skillcred.core.did;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Builds a DID document whose verification methods are {@code JsonWebKey}s, each key also as a
 * {@code Multikey} for resolvers that know only that type.
 * <p>
 * Every key, active or retired, is listed under {@code assertionMethod}, so credentials signed
 * before a key rotation keep verifying. Only public key material is ever written.
 *
 * @see <a href="https://www.w3.org/TR/vc-jose-cose/#controller-documents">VC-JOSE-COSE §5 Key Discovery</a>
 * @see <a href="https://www.w3.org/TR/cid-1.0/#JsonWebKey">Controlled Identifiers 1.0, JsonWebKey</a>
 */
public final class DidDocument {

	/** Contexts of the document: DID core, and the JsonWebKey and Multikey vocabularies. */
	public static final List<String> CONTEXTS = List.of("https://www.w3.org/ns/did/v1",
			"https://w3id.org/security/jwk/v1", "https://w3id.org/security/multikey/v1");

	/** Appended to a key's id for the same key as a Multikey verification method. */
	public static final String MULTIKEY_SUFFIX = "-multikey";

	private DidDocument() {
	}

	/**
	 * Builds the document as a JSON-ready map. Keys carrying a {@code revoked} member (a
	 * compromised key) are listed as verification methods, so verifiers can tell why they fail, but
	 * never under {@code assertionMethod}.
	 * @param did the DID the document describes
	 * @param keys the keys, each with its {@code kid} set to a DID URL of this DID
	 * @return the DID document
	 */
	public static Map<String, Object> of(String did, List<JWK> keys) {
		List<Map<String, Object>> methods = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (JWK key : keys) {
			methods.add(verificationMethod(did, key));
			Map<String, Object> multikey = multikey(did, key);
			if (multikey != null) {
				methods.add(multikey);
			}
			if (key.getKeyRevocation() == null) {
				ids.add(key.getKeyID());
				if (multikey != null) {
					ids.add((String) multikey.get("id"));
				}
			}
		}
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("@context", CONTEXTS);
		doc.put("id", did);
		doc.put("verificationMethod", methods);
		doc.put("assertionMethod", ids);
		return doc;
	}

	/**
	 * Reads the assertion keys of a DID document: every {@code JsonWebKey} (or legacy
	 * {@code JsonWebKey2020}) verification method listed, by reference or embedded, under
	 * {@code assertionMethod}. Every such key is returned, not only the first, so credentials
	 * signed before a key rotation keep verifying. Keys that carry private parts are ignored.
	 * Revoked keys (a {@code revoked} member in {@code publicKeyJwk}) are returned too, wherever
	 * they are listed, so the verification engine can report a credential signed with a
	 * compromised key as such; the engine never accepts a signature made with one.
	 * @param document the parsed DID document
	 * @param did the DID it must describe
	 * @return the public keys, each with its absolute verification method id as {@code kid}
	 * @throws IllegalArgumentException when the document describes another DID
	 */
	public static List<JWK> assertionKeys(JsonNode document, String did) {
		if (!did.equals(document.path("id").asString(""))) {
			throw new IllegalArgumentException("The DID document describes " + document.path("id") + ", not " + did);
		}
		Map<String, JsonNode> methods = new LinkedHashMap<>();
		for (JsonNode method : document.path("verificationMethod")) {
			methods.put(absolute(did, method.path("id").asString("")), method);
		}
		Map<String, JWK> keys = new LinkedHashMap<>();
		for (JsonNode entry : document.path("assertionMethod")) {
			JsonNode method = entry.isString() ? methods.get(absolute(did, entry.asString())) : entry;
			JWK key = (method != null) ? jwkOf(did, method) : null;
			if (key != null) {
				keys.put(key.getKeyID(), key);
			}
		}
		for (JsonNode method : methods.values()) {
			JWK key = method.path("publicKeyJwk").has("revoked") ? jwkOf(did, method) : null;
			if (key != null && key.getKeyRevocation() != null) {
				keys.put(key.getKeyID(), key);
			}
		}
		return new ArrayList<>(keys.values());
	}

	private static String absolute(String did, String id) {
		return id.startsWith("#") ? did + id : id;
	}

	private static @Nullable JWK jwkOf(String did, JsonNode method) {
		String type = method.path("type").asString("");
		JsonNode jwk = method.get("publicKeyJwk");
		String id = absolute(did, method.path("id").asString(""));
		if (!(type.equals("JsonWebKey") || type.equals("JsonWebKey2020")) || jwk == null || !jwk.isObject()
				|| jwk.has("d") || !id.startsWith(did + "#")) {
			return null;
		}
		try {
			Map<String, Object> members = new LinkedHashMap<>(JSONObjectUtils.parse(jwk.toString()));
			members.put("kid", id);
			return JWK.parse(members);
		}
		catch (java.text.ParseException ex) {
			return null;
		}
	}

	/**
	 * The same key as a {@code Multikey}, for resolvers that know that type and not
	 * {@code JsonWebKey}; its id is the key's id with {@value #MULTIKEY_SUFFIX}. A revoked key is
	 * published as a Multikey too, with the same {@code revoked} time, so no resolver trusts it.
	 */
	private static @Nullable Map<String, Object> multikey(String did, JWK key) {
		String multibase = Multikeys.publicKeyMultibase(key);
		if (multibase == null) {
			return null;
		}
		Map<String, Object> method = new LinkedHashMap<>();
		method.put("id", key.getKeyID() + MULTIKEY_SUFFIX);
		method.put("type", "Multikey");
		method.put("controller", did);
		method.put("publicKeyMultibase", multibase);
		if (key.getKeyRevocation() != null) {
			method.put("revoked", key.getKeyRevocation().getRevocationTime().toInstant().toString());
		}
		return method;
	}

	private static Map<String, Object> verificationMethod(String did, JWK key) {
		if (key.getKeyID() == null || !key.getKeyID().startsWith(did + "#")) {
			throw new IllegalArgumentException("Key id must be a DID URL of " + did);
		}
		Map<String, Object> publicJwk = new LinkedHashMap<>(key.toPublicJWK().toJSONObject());
		publicJwk.remove("kid");
		Map<String, Object> method = new LinkedHashMap<>();
		method.put("id", key.getKeyID());
		method.put("type", "JsonWebKey");
		method.put("controller", did);
		method.put("publicKeyJwk", publicJwk);
		return method;
	}

}
