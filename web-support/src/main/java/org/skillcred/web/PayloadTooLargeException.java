package org.skillcred.web;

import java.io.IOException;

/**
 * Raised while reading a request body that exceeds the configured limit.
 */
public class PayloadTooLargeException extends IOException {

	public PayloadTooLargeException(long limit) {
		super("The request body is larger than the limit of " + limit + " bytes.");
	}

}
