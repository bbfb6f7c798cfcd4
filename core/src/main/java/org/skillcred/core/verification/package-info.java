/**
 * The verification engine shared by the issuer (self-check) and the verifier service: one report, one check per concern, stable reason codes.
 */
@NullMarked
package org.skillcred.core.verification;

import org.jspecify.annotations.NullMarked;
