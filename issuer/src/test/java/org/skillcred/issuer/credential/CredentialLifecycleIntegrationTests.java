package org.skillcred.issuer.credential;

import org.skillcred.issuer.support.IssuerIntegrationTest;

/**
 * The life-cycle contract on the embedded H2 database.
 */
@IssuerIntegrationTest
class CredentialLifecycleIntegrationTests extends CredentialLifecycleContract {

}
