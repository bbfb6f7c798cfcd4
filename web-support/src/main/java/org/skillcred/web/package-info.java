/**
 * Servlet plumbing shared by the issuer and the verifier.
 */
@NullMarked
package org.skillcred.web;

import org.jspecify.annotations.NullMarked;
