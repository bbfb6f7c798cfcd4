package org.skillcred.issuer.credential;

import org.skillcred.issuer.support.PostgresIntegrationTest;

/**
 * The life-cycle contract on PostgreSQL.
 */
@PostgresIntegrationTest
class CredentialLifecyclePostgresIntegrationTests extends CredentialLifecycleContract {

}
