/**
 * Cross-cutting plumbing: security, problem details, clock, request limits.
 */
@NullMarked
package org.skillcred.issuer.system;

import org.jspecify.annotations.NullMarked;
