/**
 * JOSE encoding of credentials: the two signing profiles, the algorithm allow-list and fast signers/verifiers (Bouncy Castle for ECDSA).
 */
@NullMarked
package org.skillcred.core.jose;

import org.jspecify.annotations.NullMarked;
