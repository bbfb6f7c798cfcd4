/**
 * The pages people see: the home page with its upload form and the verification result page.
 */
@NullMarked
package org.skillcred.verifier.page;

import org.jspecify.annotations.NullMarked;
