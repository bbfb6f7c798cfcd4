/**
 * The append-only audit log: who did what, when and why.
 */
@NullMarked
package org.skillcred.issuer.audit;

import org.jspecify.annotations.NullMarked;
