package org.skillcred.verifier.verification;

import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * The credentials that verification links resolved to, kept so that a printed QR code still
 * verifies while its issuer cannot be reached. A credential is signed and never changes, so a kept
 * copy is as good as a fetched one: it is verified again in full every time, and its status comes
 * from the status lists, which say how old they are. Bounded by total size; the oldest go first.
 */
@Component
class KeptCredentials {

	private final Cache<String, String> credentials;

	KeptCredentials(VerificationProperties properties) {
		this.credentials = Caffeine.newBuilder()
			.maximumWeight(properties.keptCredentials().toBytes())
			.<String, String>weigher((key, jwt) -> key.length() + jwt.length())
			.expireAfterWrite(properties.keptCredentialsFor())
			.build();
	}

	void keep(String ref, UUID id, String jwt) {
		credentials.put(ref + "/" + id, jwt);
	}

	Optional<String> kept(String ref, UUID id) {
		return Optional.ofNullable(credentials.getIfPresent(ref + "/" + id));
	}

}
