package org.skillcred.issuer.signing;

import org.skillcred.core.credential.IssuerProfile;

/**
 * The platform issuer's identity: its did:web identifier and the profile written into credentials.
 *
 * @param did the issuer DID, derived from the public base URL
 * @param profile the Open Badges issuer profile
 */
public record IssuerIdentity(String did, IssuerProfile profile) {
}
