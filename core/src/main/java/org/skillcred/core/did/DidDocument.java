package org.skillcred.core.did;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWK;

/**
 * Builds a DID document whose verification methods are {@code JsonWebKey}s.
 * <p>
 * Every key, active or retired, is listed under {@code assertionMethod}, so credentials signed
 * before a key rotation keep verifying. Only public key material is ever written.
 *
 * @see <a href="https://www.w3.org/TR/vc-jose-cose/#controller-documents">VC-JOSE-COSE §5 Key Discovery</a>
 * @see <a href="https://www.w3.org/TR/cid-1.0/#JsonWebKey">Controlled Identifiers 1.0, JsonWebKey</a>
 */
public final class DidDocument {

	/** Contexts of the document: DID core and the JWK verification method vocabulary. */
	public static final List<String> CONTEXTS = List.of("https://www.w3.org/ns/did/v1",
			"https://w3id.org/security/jwk/v1");

	private DidDocument() {
	}

	/**
	 * Builds the document as a JSON-ready map.
	 * @param did the DID the document describes
	 * @param keys the keys, each with its {@code kid} set to a DID URL of this DID
	 * @return the DID document
	 */
	public static Map<String, Object> of(String did, List<JWK> keys) {
		List<Map<String, Object>> methods = keys.stream().map(key -> verificationMethod(did, key)).toList();
		List<String> ids = keys.stream().map(JWK::getKeyID).toList();
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("@context", CONTEXTS);
		doc.put("id", did);
		doc.put("verificationMethod", methods);
		doc.put("assertionMethod", ids);
		return doc;
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
