package org.skillcred.issuer.credential;

import java.util.UUID;

/**
 * Published when a credential has been issued (delivered after the transaction commits).
 *
 * @param credentialId the credential
 */
public record CredentialIssued(UUID credentialId) {
}
