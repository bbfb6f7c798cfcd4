/**
 * Fetching, verifying and caching issuers' status lists; the answer is never "not revoked" when a
 * list cannot be fetched or trusted.
 */
@NullMarked
package org.skillcred.verifier.status;

import org.jspecify.annotations.NullMarked;
