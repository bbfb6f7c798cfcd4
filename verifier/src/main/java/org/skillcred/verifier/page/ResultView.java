package org.skillcred.verifier.page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.i18n.Language;
import org.skillcred.core.verification.CheckName;
import org.skillcred.core.verification.CheckResult;
import org.skillcred.core.verification.CredentialSummary;
import org.skillcred.core.verification.ReasonCode;
import org.skillcred.verifier.verification.VerificationResult;

/**
 * What the result page shows, in the order a person needs it: the outcome and, for anything but a
 * valid certificate, the one reason in plain words and what to do; then who was certified for
 * what; then the checks. Dates are formatted for the reader's language and every sentence is a
 * message key, so the page reads the same in every language.
 *
 * @param verdict the API verdict (VALID, INVALID, INDETERMINATE)
 * @param outcome what the page says first, also the CSS class of the verdict card
 * @param icon the outcome's symbol
 * @param reasonKey for anything but VALID, the message key of the one reason that decided it
 * @param reasonArgs the values the reason names (issuer, date)
 * @param explainKey the message key of what the reader should do
 * @param learner the learner's name
 * @param achievement the achievement's name
 * @param issuer the issuer's name
 * @param validFrom formatted start date
 * @param validUntil formatted end date, or null for none
 * @param credentialId the credential id
 * @param checks the checks, as message keys
 * @param documentNotAuthentic whether an uploaded document is not an authentic certificate although
 * it carries a credential; the summary then shows what that credential says, to compare
 * @param statusAsOf when the status came from the last list the issuer signed, because the issuer
 * could not be reached: when that list was last confirmed, formatted; else null
 * @param achievementLang the achievement's language where it differs from the page's, else null
 */
record ResultView(String verdict, String outcome, String icon, @Nullable String reasonKey, Object[] reasonArgs,
		String explainKey, @Nullable String learner, @Nullable String achievement, @Nullable String issuer,
		@Nullable String validFrom, @Nullable String validUntil, @Nullable String credentialId, List<Row> checks,
		boolean documentNotAuthentic, @Nullable String statusAsOf, @Nullable String achievementLang) {

	/**
	 * One check.
	 *
	 * @param nameKey message key of the check's name
	 * @param status the status name, also a CSS class
	 * @param statusKey message key of the status word
	 * @param messageKey message key of the explanation
	 */
	record Row(String nameKey, String status, String statusKey, String messageKey) {
	}

	static ResultView of(VerificationResult result, Language page) {
		DateTimeFormatter dates = page.dates();
		CredentialSummary s = result.credential();
		CheckResult decisive = Outcome.decisive(result.checks());
		Outcome outcome = Outcome.of(decisive, "LINK".equals(result.source()));
		boolean notAuthentic = decisive != null && Outcome.DOCUMENT.contains(decisive.code());
		List<Row> rows = result.checks().stream().map(check -> row(check, notAuthentic)).toList();
		String issuer = (s != null) ? s.issuerName() : null;
		String validFrom = (s != null) ? format(dates, s.validFrom()) : null;
		String validUntil = (s != null) ? format(dates, s.validUntil()) : null;
		String reasonKey = null;
		Object[] reasonArgs = {};
		if (decisive != null) {
			reasonKey = "code." + decisive.code();
			String named = switch (decisive.code()) {
				case REVOKED, SUSPENDED -> issuer;
				case EXPIRED -> validUntil;
				case NOT_YET_VALID -> validFrom;
				default -> null;
			};
			if (named != null) { // the same sentence, with the issuer or the date it turns on
				reasonKey = "reason." + decisive.code();
				reasonArgs = new Object[] { "\u2068" + named + "\u2069" }; // isolated: a Latin name in Arabic text
			}
		}
		String explainKey = "outcome." + outcome + (notAuthentic ? ".document" : "") + ".explain";
		String statusAsOf = result.checks().stream()
			.filter(c -> c.name() == CheckName.STATUS && c.asOf() != null)
			.findFirst()
			.map(c -> "\u2068" + TIME.format(c.asOf()) + " UTC, " + dates.format(c.asOf()) + "\u2069")
			.orElse(null);
		if (s == null) {
			return new ResultView(result.verdict().name(), outcome.name(), outcome.icon(), reasonKey, reasonArgs,
					explainKey, null, null, null, null, null, null, rows, false, statusAsOf, null);
		}
		return new ResultView(result.verdict().name(), outcome.name(), outcome.icon(), reasonKey, reasonArgs,
				explainKey, s.learnerName(), s.achievementName(), issuer, validFrom, validUntil, s.id(), rows,
				notAuthentic, statusAsOf, (s.achievementLanguage() != null
						&& !s.achievementLanguage().toLowerCase(java.util.Locale.ROOT).startsWith(page.code()))
								? s.achievementLanguage() : null);
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

	private static Row row(CheckResult check, boolean documentNotAuthentic) {
		String messageKey = switch (check.status()) {
			// never "the content has not been changed" above "the PDF was changed": the signature
			// vouches only for the credential inside the document
			case PASSED -> (documentNotAuthentic && check.name() == CheckName.SIGNATURE) ? "pass.SIGNATURE.inside"
					: "pass." + check.name();
			case NOT_APPLICABLE -> "na." + check.name();
			default -> "code." + check.code();
		};
		boolean lookup = check.name() == CheckName.FORMAT && (check.code() == ReasonCode.CREDENTIAL_NOT_FOUND
				|| check.code() == ReasonCode.CREDENTIAL_UNAVAILABLE);
		return new Row(lookup ? "check.LOOKUP" : "check." + check.name(), check.status().name(),
				"status." + check.status(), messageKey);
	}

	private static @Nullable String format(DateTimeFormatter formatter, @Nullable Instant instant) {
		return (instant != null) ? formatter.format(instant) : null;
	}

}
