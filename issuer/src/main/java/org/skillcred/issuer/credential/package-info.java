/**
 * Issuing credentials and serving them: the partner API, the VC-API and the public credential URL.
 */
@NullMarked
package org.skillcred.issuer.credential;

import org.jspecify.annotations.NullMarked;
