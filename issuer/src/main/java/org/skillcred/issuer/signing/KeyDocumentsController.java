package org.skillcred.issuer.signing;

import java.time.Duration;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import org.skillcred.core.did.DidDocument;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.skillcred.issuer.system.IssuerException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes the issuer's public keys: the did:web DID document and a JWKS. Both list every key,
 * active and retired, and never private material. Cacheable, so a CDN can serve them.
 */
@RestController
class KeyDocumentsController {

	static final MediaType DID_JSON = MediaType.parseMediaType("application/did+ld+json");

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final SigningKeyRegistry registry;

	KeyDocumentsController(SigningKeyRegistry registry) {
		this.registry = registry;
	}

	@GetMapping(path = "/.well-known/did.json", produces = { "application/did+ld+json", "application/did+json",
			MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<Map<String, Object>> didDocument() {
		return ResponseEntity.ok()
			.cacheControl(CACHE)
			.body(DidDocument.of(registry.identity().did(), registry.publishedKeys()));
	}

	@GetMapping(path = "/.well-known/jwks.json", produces = { "application/jwk-set+json",
			MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<Map<String, Object>> jwks() {
		return jwks(registry.identity().did());
	}

	/** The DID document of a partner with an issuer identity of its own. */
	@GetMapping(path = "/partners/{slug}/did.json", produces = { "application/did+ld+json", "application/did+json",
			MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<Map<String, Object>> partnerDidDocument(@PathVariable String slug) {
		String did = partnerDid(slug);
		return ResponseEntity.ok().cacheControl(CACHE).body(DidDocument.of(did, registry.publishedKeys(did)));
	}

	@GetMapping(path = "/partners/{slug}/jwks.json", produces = { "application/jwk-set+json",
			MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<Map<String, Object>> partnerJwks(@PathVariable String slug) {
		return jwks(partnerDid(slug));
	}

	private String partnerDid(String slug) {
		String did = slug.matches("[a-z0-9]+(-[a-z0-9]+)*") ? registry.partnerDid(slug) : "";
		if (did.isEmpty() || registry.publishedKeys(did).isEmpty()) {
			throw IssuerException.notFound("Issuer " + slug);
		}
		return did;
	}

	private ResponseEntity<Map<String, Object>> jwks(String issuerId) {
		return ResponseEntity.ok()
			.cacheControl(CACHE)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new JWKSet(registry.publishedKeys(issuerId)).toJSONObject(true));
	}

}
