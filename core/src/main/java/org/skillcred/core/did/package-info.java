/**
 * did:web identifiers and DID documents.
 */
@NullMarked
package org.skillcred.core.did;

import org.jspecify.annotations.NullMarked;
