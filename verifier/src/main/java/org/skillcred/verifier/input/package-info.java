/**
 * Reading uploads: QR code images and certificate PDFs, with size and shape limits.
 */
@NullMarked
package org.skillcred.verifier.input;

import org.jspecify.annotations.NullMarked;
