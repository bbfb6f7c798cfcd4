/**
 * Batch issuance: a partner uploads a cohort (CSV or JSON), every row is validated up front and
 * stored, and workers on every issuer instance issue the rows in chunks claimed with
 * {@code FOR UPDATE SKIP LOCKED}, each chunk one transaction, so a crash loses at most the
 * uncommitted chunk and a restart resumes where the batch stood.
 */
@NullMarked
package org.skillcred.issuer.batch;

import org.jspecify.annotations.NullMarked;
