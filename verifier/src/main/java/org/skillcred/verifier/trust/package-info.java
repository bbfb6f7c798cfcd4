/**
 * The trust list, and fetching trusted issuers' keys, credentials and status lists under strict limits.
 */
@NullMarked
package org.skillcred.verifier.trust;

import org.jspecify.annotations.NullMarked;
