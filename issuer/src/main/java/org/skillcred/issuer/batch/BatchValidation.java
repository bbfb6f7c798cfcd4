package org.skillcred.issuer.batch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.IssuerProfile;
import org.skillcred.issuer.achievement.Achievement;
import org.skillcred.issuer.achievement.AchievementCatalog;
import org.skillcred.core.i18n.Languages;
import org.skillcred.issuer.credential.CredentialIssuance;
import org.skillcred.issuer.partner.PartnerManagement;
import org.skillcred.issuer.system.Digests;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.stereotype.Component;

/**
 * Checks every row of a cohort before anything is issued: the fields of the single-credential API
 * (required fields, lengths, e-mail, language, a known achievement), then the issuance's own
 * checks ({@link CredentialIssuance#requireIssuable}: printable name that fits the certificate, an
 * end of validity in the future), plus one recipient per file. Each row gets its recipient key: the achievement with the external id, or with the
 * e-mail when there is no external id, hashed.
 */
@Component
class BatchValidation {

	static final Pattern PRINTABLE = Pattern.compile(CredentialIssuance.PRINTABLE_TEXT);

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final AchievementCatalog achievements;

	private final CredentialIssuance issuance;

	private final PartnerManagement partners;

	private final Clock clock;

	private final Languages languages;

	BatchValidation(AchievementCatalog achievements, CredentialIssuance issuance, PartnerManagement partners,
			Clock clock, Languages languages) {
		this.languages = languages;
		this.achievements = achievements;
		this.issuance = issuance;
		this.partners = partners;
		this.clock = clock;
	}

	/**
	 * A row with the outcome of its checks.
	 *
	 * @param row the row as read
	 * @param recipientKey its recipient key, or null when it failed
	 * @param validUntil its parsed end of validity, or null
	 * @param errorCode why it failed, or null
	 * @param errorDetail the explanation, or null
	 */
	record ValidatedRow(CohortRow row, @Nullable String recipientKey, @Nullable Instant validUntil,
			@Nullable String errorCode, @Nullable String errorDetail) {

		boolean failed() {
			return errorCode != null;
		}

		static ValidatedRow failed(CohortRow row, ProblemCode code, String detail) {
			return new ValidatedRow(row, null, null, code.name(), detail);
		}

	}

	/**
	 * Checks the rows of one partner's cohort.
	 * @param partnerId the partner
	 * @param rows the rows
	 * @return one result per row, in order
	 */
	List<ValidatedRow> validate(UUID partnerId, List<CohortRow> rows) {
		IssuerProfile issuer = partners.issuerFor(partners.get(partnerId));
		Map<String, Optional<Achievement>> known = new HashMap<>();
		for (CohortRow row : rows) {
			if (row.achievementId() != null && row.achievementId().length() <= 100) {
				known.computeIfAbsent(row.achievementId(), idOrSlug -> find(partnerId, idOrSlug));
			}
		}
		Instant now = clock.instant();
		// laying out names is the costly check; rows are independent until duplicates are sought
		List<ValidatedRow> checked = rows.parallelStream().map(row -> check(row, known, issuer, now)).toList();
		Map<String, Integer> firstLine = new HashMap<>();
		return checked.stream().map(result -> {
			if (result.failed()) {
				return result;
			}
			Integer first = firstLine.putIfAbsent(result.recipientKey(), result.row().line());
			return (first == null) ? result : ValidatedRow.failed(result.row(), ProblemCode.DUPLICATE_RECIPIENT,
					"The same recipient and achievement as line " + first + ".");
		}).toList();
	}

	private Optional<Achievement> find(UUID partnerId, String idOrSlug) {
		try {
			return Optional.of(achievements.resolve(partnerId, idOrSlug));
		}
		catch (IssuerException ex) {
			return Optional.empty();
		}
	}

	private ValidatedRow check(CohortRow row, Map<String, Optional<Achievement>> known, IssuerProfile issuer,
			Instant now) {
		try {
			return checked(row, known, issuer, now);
		}
		catch (IssuerException ex) {
			return ValidatedRow.failed(row, ex.code(), ex.getMessage());
		}
	}

	private ValidatedRow checked(CohortRow row, Map<String, Optional<Achievement>> known, IssuerProfile issuer,
			Instant now) {
		if (row.unreadable() != null) {
			throw invalid(row.unreadable());
		}
		String name = require(row.name(), "name");
		requireText(name, "name", 200);
		if (row.externalId() == null && row.email() == null) {
			throw invalid("Give an externalId or an email: one of them identifies the recipient.");
		}
		if (row.externalId() != null) {
			requireText(row.externalId(), "externalId", 200);
		}
		if (row.email() != null && (row.email().length() > 320 || !EMAIL.matcher(row.email()).matches())) {
			throw invalid("email is not an e-mail address.");
		}
		if (row.language() != null && !languages.supports(row.language())) {
			throw invalid("language must be one of " + String.join(", ", languages.codes()) + ".");
		}
		Instant validUntil = validUntil(row.validUntil());
		String achievementId = require(row.achievementId(), "achievementId");
		Achievement achievement = known.getOrDefault(achievementId, Optional.empty())
			.orElseThrow(() -> new IssuerException(ProblemCode.UNKNOWN_ACHIEVEMENT,
					"You have no achievement '" + abbreviate(achievementId) + "'."));
		issuance.requireIssuable(achievement, issuer,
				new CredentialIssuance.IssueCommand(achievementId, name, row.email(), null, validUntil, row.language()),
				now);
		return new ValidatedRow(row, recipientKey(achievement.id(), row.externalId(), row.email()), validUntil, null,
				null);
	}

	/**
	 * The recipient key: the achievement with the external id, or with the e-mail (case folded)
	 * when there is none, hashed so the key itself reveals nothing.
	 * @param achievementId the achievement
	 * @param externalId the partner's id, or null
	 * @param email the e-mail, used when there is no external id
	 * @return 64 hex characters
	 */
	static String recipientKey(UUID achievementId, @Nullable String externalId, @Nullable String email) {
		String who = (externalId != null) ? "external:" + externalId : "email:" + email.toLowerCase(Locale.ROOT);
		return Digests.sha256Hex(achievementId + "\u0000" + who);
	}

	/** Parses the end of validity; whether it lies in the future is the issuance's check. */
	private static @Nullable Instant validUntil(@Nullable String text) {
		if (text == null) {
			return null;
		}
		Instant end;
		try {
			// a date means through that day: its last second, so the date printed and signed is the
			// one written (its next midnight printed the day after)
			end = (text.length() == 10) ? LocalDate.parse(text).atTime(23, 59, 59).toInstant(ZoneOffset.UTC)
					: OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw invalid("validUntil must be a date (2027-12-31) or a date and time with offset "
					+ "(2027-12-31T23:59:59Z).");
		}
		return end;
	}

	private static String require(@Nullable String value, String column) {
		if (value == null) {
			throw invalid(column + " is required.");
		}
		return value;
	}

	private static void requireText(String value, String column, int max) {
		if (value.length() > max) {
			throw invalid(column + " is longer than " + max + " characters.");
		}
		if (!PRINTABLE.matcher(value).matches()) {
			throw invalid(column + " must not contain control characters.");
		}
	}

	private static IssuerException invalid(String detail) {
		return new IssuerException(ProblemCode.INVALID_FIELD, detail);
	}

	private static String abbreviate(String text) {
		String printable = text.replaceAll("[\\p{Cc}\\p{Cf}]", "?");
		return (printable.length() > 60) ? printable.substring(0, 60) + "…" : printable;
	}

}
