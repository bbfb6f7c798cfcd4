/**
 * The issuer identity, its signing keys, and the published DID document and JWKS.
 */
@NullMarked
package org.skillcred.issuer.signing;

import org.jspecify.annotations.NullMarked;
