package org.skillcred.issuer.batch;

import org.jspecify.annotations.Nullable;

/**
 * One learner of an uploaded cohort, as written in the file (trimmed; empty cells are null).
 *
 * @param line the line in the CSV file (the header is line 1), or the position in the JSON
 * array counting from 1
 * @param externalId the partner's id for this learner and achievement
 * @param name the learner's name
 * @param email the learner's e-mail
 * @param achievementId the achievement's id or slug
 * @param language the certificate language
 * @param validUntil end of validity, as written (ISO date or date-time)
 * @param unreadable why the row could not be read into cells (a wrong number of fields), or null
 */
record CohortRow(int line, @Nullable String externalId, @Nullable String name, @Nullable String email,
		@Nullable String achievementId, @Nullable String language, @Nullable String validUntil,
		@Nullable String unreadable) {

	static CohortRow unreadable(int line, String why) {
		return new CohortRow(line, null, null, null, null, null, null, why);
	}

}
