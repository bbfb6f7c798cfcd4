package org.skillcred.issuer.status;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves status lists publicly, with an ETag and a Cache-Control lifetime equal to the lists'
 * {@code ttl}, so a CDN can answer millions of verifiers. Whole lists are served: the issuer never
 * learns which credential a verifier is checking.
 */
@RestController
class StatusListController {

	static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

	private final StatusListPublisher publisher;

	private final StatusProperties properties;

	StatusListController(StatusListPublisher publisher, StatusProperties properties) {
		this.publisher = publisher;
		this.properties = properties;
	}

	@GetMapping("/status/{listId}/{purpose:message|revocation|suspension}")
	ResponseEntity<String> bitstring(@PathVariable UUID listId, @PathVariable String purpose, WebRequest request) {
		return respond(publisher.bitstring(listId, purpose), VC_JWT, request);
	}

	@GetMapping("/status/{listId}/token")
	ResponseEntity<String> token(@PathVariable UUID listId, WebRequest request) {
		return respond(publisher.token(listId), MediaType.parseMediaType(StatusListPublisher.STATUSLIST_JWT), request);
	}

	private ResponseEntity<String> respond(StatusListPublisher.Published list, MediaType type, WebRequest request) {
		CacheControl cache = CacheControl.maxAge(properties.ttl()).cachePublic();
		if (request.checkNotModified(list.etag())) {
			return ResponseEntity.status(304).cacheControl(cache).eTag(list.etag()).build();
		}
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(cache)
			.eTag(list.etag())
			.header("Access-Control-Allow-Origin", "*")
			.body(list.jwt());
	}

}
