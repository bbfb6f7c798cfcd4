package org.skillcred.issuer.batch;

/** What became of one row of a batch. */
public enum RowState {

	/** Valid and waiting for a worker. */
	PENDING,
	/** A credential was issued for it. */
	ISSUED,
	/** The recipient already held this credential (an earlier upload); that one is reported. */
	ALREADY_ISSUED,
	/** Nothing was issued; the row's error says why. */
	FAILED

}
