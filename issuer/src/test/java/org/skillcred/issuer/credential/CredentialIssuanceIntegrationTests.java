package org.skillcred.issuer.credential;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issuance contract on the embedded H2 database.
 */
@IssuerIntegrationTest
class CredentialIssuanceIntegrationTests extends CredentialIssuanceContract {

	@Autowired
	CredentialIssuance issuance;

	@Autowired
	CredentialRecordRepository records;

	/** Issuance inserts with plain JDBC; the record it returns must still save as an update. */
	@Test
	void issuedRecordWhenChangedAndSavedThenUpdatedInPlace() {
		UUID partnerId = jdbc.queryForObject("select id from partner where slug = 'demo-partner'", UUID.class);
		CredentialRecord issued = issuance.issue(PartnerPrincipal.partner(partnerId, "demo-partner"),
				new CredentialIssuance.IssueCommand("genai-foundations", "Saved Twice", null, null, null, null), null)
			.record();

		issued.revoke("test", clock.instant());
		records.save(issued);

		assertThat(records.findById(issued.id()).orElseThrow().state()).isEqualTo(CredentialState.REVOKED);
		assertThat(jdbc.queryForObject("select count(*) from credential where id = ?", Integer.class, issued.id()))
			.isEqualTo(1);
	}

}
