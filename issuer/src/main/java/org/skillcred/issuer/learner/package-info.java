/**
 * What the learner gets: the private learner page behind the credential's learner link (in the
 * learner's or the browser's language), the downloads from it, and the e-mail that brings the link.
 */
@NullMarked
package org.skillcred.issuer.learner;

import org.jspecify.annotations.NullMarked;
