package org.skillcred.issuer.credential;

import org.skillcred.issuer.support.IssuerIntegrationTest;

/**
 * The issuance contract on the embedded H2 database.
 */
@IssuerIntegrationTest
class CredentialIssuanceIntegrationTests extends CredentialIssuanceContract {

}
