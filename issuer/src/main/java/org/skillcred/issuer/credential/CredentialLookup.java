package org.skillcred.issuer.credential;

import java.util.Optional;
import java.util.UUID;

import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads credentials: a partner sees only its own; anyone may fetch a signed credential by its
 * (unguessable) id.
 */
@Service
@Transactional(readOnly = true)
public class CredentialLookup {

	private final CredentialRecordRepository records;

	CredentialLookup(CredentialRecordRepository records) {
		this.records = records;
	}

	/**
	 * One of a partner's credentials. Another partner's credential is reported as not found, so
	 * callers cannot probe which ids exist.
	 * @param partnerId the partner
	 * @param id the credential id
	 * @return the record
	 */
	public CredentialRecord ownedBy(UUID partnerId, UUID id) {
		return records.findByIdAndPartnerId(id, partnerId)
			.orElseThrow(() -> IssuerException.notFound("Credential " + id));
	}

	/**
	 * A credential as seen by a caller: its own partner's, or any for the administrator.
	 * @param caller the caller
	 * @param id the credential id
	 * @return the record
	 */
	public CredentialRecord visibleTo(PartnerPrincipal caller, UUID id) {
		return records.findById(id)
			.filter(r -> caller.mayActFor(r.partnerId()))
			.orElseThrow(() -> IssuerException.notFound("Credential " + id));
	}

	public Page<CredentialRecord> page(UUID partnerId, int page, int size) {
		return records.findByPartnerId(partnerId,
				PageRequest.of(page, size, Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.asc("id"))));
	}

	public Optional<CredentialRecord> find(UUID id) {
		return records.findById(id);
	}

}
