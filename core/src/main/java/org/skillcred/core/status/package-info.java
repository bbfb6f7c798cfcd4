/**
 * Status lists: the W3C Bitstring Status List encoding, read with hard limits.
 */
@NullMarked
package org.skillcred.core.status;

import org.jspecify.annotations.NullMarked;
