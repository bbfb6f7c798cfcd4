/**
 * Fuzz tests (Jazzer) of every parser in core that reads untrusted input.
 */
@NullMarked
package org.skillcred.core.fuzz;

import org.jspecify.annotations.NullMarked;
