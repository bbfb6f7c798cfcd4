/**
 * Partner organisations, their API keys, and the admin API that manages them.
 */
@NullMarked
package org.skillcred.issuer.partner;

import org.jspecify.annotations.NullMarked;
