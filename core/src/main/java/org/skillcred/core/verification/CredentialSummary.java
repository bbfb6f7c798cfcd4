package org.skillcred.core.verification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a person needs to see about a credential: who, what, by whom, when.
 * <p>
 * Taken from the decoded payload; shown even for invalid credentials so a person can tell which
 * document failed, but only a {@link Verdict#VALID} report vouches for it.
 *
 * @param id the credential id
 * @param learnerName the learner's name
 * @param achievementName the achievement's name
 * @param issuerId the issuer identifier
 * @param issuerName the issuer's display name
 * @param validFrom start of validity
 * @param validUntil end of validity, or null
 * @param achievementLanguage the language the achievement is written in ({@code inLanguage}), or
 * null; pages mark its name with it, so screen readers pronounce it right
 */
public record CredentialSummary(@Nullable String id, @Nullable String learnerName, @Nullable String achievementName,
		@Nullable String issuerId, @Nullable String issuerName, @Nullable Instant validFrom,
		@Nullable Instant validUntil, @Nullable String achievementLanguage) {
}
