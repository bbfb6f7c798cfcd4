package org.skillcred.issuer.partner;

/**
 * Whether a partner may use the API.
 */
public enum PartnerState {

	ACTIVE, DISABLED

}
