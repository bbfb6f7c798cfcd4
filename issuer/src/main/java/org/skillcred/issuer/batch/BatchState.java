package org.skillcred.issuer.batch;

/** Where a batch stands. */
public enum BatchState {

	/** Rows are waiting or being issued. */
	RUNNING,
	/** Every row is issued, already issued or failed. */
	COMPLETED

}
