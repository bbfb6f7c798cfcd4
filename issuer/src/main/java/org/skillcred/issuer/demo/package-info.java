/**
 * Demo data for the embedded default (dev profile only).
 */
@NullMarked
package org.skillcred.issuer.demo;

import org.jspecify.annotations.NullMarked;
