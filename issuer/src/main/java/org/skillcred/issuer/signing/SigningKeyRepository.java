package org.skillcred.issuer.signing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Signing keys. Keys are never deleted: a retired key stays published.
 */
interface SigningKeyRepository extends Repository<SigningKey, String> {

	SigningKey save(SigningKey key);

	Optional<SigningKey> findById(String kid);

	List<SigningKey> findByIssuerIdOrderByCreatedAt(String issuerId);

	List<SigningKey> findAllByOrderByCreatedAt();

}
