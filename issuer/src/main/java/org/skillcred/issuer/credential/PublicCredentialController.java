package org.skillcred.issuer.credential;

import java.time.Duration;

import org.skillcred.issuer.system.IssuerException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a signed credential at its public URL, as {@code application/vc+jwt}. Ids are random
 * UUIDs, so only those who were given the link (the learner, the QR code) can find a credential.
 */
@RestController
class PublicCredentialController {

	static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

	private final CredentialLookup lookup;

	PublicCredentialController(CredentialLookup lookup) {
		this.lookup = lookup;
	}

	@GetMapping("/credentials/{id}")
	ResponseEntity<String> credential(@PathVariable String id) {
		return serve(id);
	}

	/** A partner's credential under the partner's own paths; the id alone decides what is served. */
	@GetMapping("/partners/{slug}/credentials/{id}")
	ResponseEntity<String> partnerCredential(@PathVariable String slug, @PathVariable String id) {
		return serve(id);
	}

	private ResponseEntity<String> serve(String id) {
		java.util.UUID uuid;
		try {
			uuid = java.util.UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw IssuerException.notFound("Credential " + id.substring(0, Math.min(id.length(), 40)));
		}
		CredentialRecord record = lookup.find(uuid).orElseThrow(() -> IssuerException.notFound("Credential " + id));
		return ResponseEntity.ok()
			.contentType(VC_JWT)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.header("Access-Control-Allow-Origin", "*")
			.body(record.compactJwt());
	}

}
