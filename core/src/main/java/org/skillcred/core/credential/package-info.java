/**
 * The Open Badges 3.0 / W3C VC Data Model 2.0 credential model, its JSON form and the bundled JSON-LD contexts.
 */
@NullMarked
package org.skillcred.core.credential;

import org.jspecify.annotations.NullMarked;
