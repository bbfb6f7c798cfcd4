/**
 * Achievements: the courses and certifications a partner issues credentials for.
 */
@NullMarked
package org.skillcred.issuer.achievement;

import org.jspecify.annotations.NullMarked;
