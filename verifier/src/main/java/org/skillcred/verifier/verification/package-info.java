/**
 * Verifying credentials: the use case, its API (JSON and VC-API) and the report it returns.
 */
@NullMarked
package org.skillcred.verifier.verification;

import org.jspecify.annotations.NullMarked;
