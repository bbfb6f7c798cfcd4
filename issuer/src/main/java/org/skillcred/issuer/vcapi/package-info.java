/**
 * The W3C VC-API issue operation, and the rules that decide what a partner may have signed
 * through it.
 */
@NullMarked
package org.skillcred.issuer.vcapi;

import org.jspecify.annotations.NullMarked;
