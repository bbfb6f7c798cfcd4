/**
 * Status lists: allocating each credential a random, never reused index, and publishing the
 * revocation and suspension lists as Bitstring Status List credentials and IETF Token Status Lists.
 */
@NullMarked
package org.skillcred.issuer.status;

import org.jspecify.annotations.NullMarked;
