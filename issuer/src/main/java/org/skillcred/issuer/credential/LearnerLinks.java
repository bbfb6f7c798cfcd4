package org.skillcred.issuer.credential;

import java.util.UUID;

import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private learner links: each credential has one long random token that opens the learner's
 * download page; its partner can replace it, which disables the old link at once.
 */
@Service
public class LearnerLinks {

	private final CredentialRecordRepository records;

	LearnerLinks(CredentialRecordRepository records) {
		this.records = records;
	}

	@Transactional
	public CredentialRecord rotate(PartnerPrincipal caller, UUID id) {
		CredentialRecord record = records.findById(id)
			.filter(r -> caller.mayActFor(r.partnerId()))
			.orElseThrow(() -> IssuerException.notFound("Credential " + id));
		record.rotateLearnerToken();
		return records.save(record);
	}

	/**
	 * The credential behind a learner link.
	 * @param token the link's token
	 * @return the record
	 * @throws IssuerException 404 for unknown, malformed or replaced tokens
	 */
	@Transactional(readOnly = true)
	public CredentialRecord find(String token) {
		if (!LearnerTokens.wellFormed(token)) {
			throw IssuerException.notFound("Learner link");
		}
		return records.findByLearnerToken(token).orElseThrow(() -> IssuerException.notFound("Learner link"));
	}

}
