/**
 * Cross-cutting plumbing: problem details, clock, limits, locale.
 */
@NullMarked
package org.skillcred.verifier.system;

import org.jspecify.annotations.NullMarked;
