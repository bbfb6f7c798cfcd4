/**
 * Printable certificates: declarative templates, fonts for the six UN scripts, and PDF rendering
 * with a vector QR code and the signed credential attached.
 */
@NullMarked
package org.skillcred.issuer.certificate;

import org.jspecify.annotations.NullMarked;
