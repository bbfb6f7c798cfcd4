package org.skillcred.issuer.credential;

import org.skillcred.issuer.support.PostgresIntegrationTest;

/**
 * The issuance contract on PostgreSQL, the production database.
 */
@PostgresIntegrationTest
class CredentialIssuancePostgresIntegrationTests extends CredentialIssuanceContract {

}
