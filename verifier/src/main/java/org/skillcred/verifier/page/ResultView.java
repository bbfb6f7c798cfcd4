package org.skillcred.verifier.page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.verification.CheckResult;
import org.skillcred.core.verification.CheckStatus;
import org.skillcred.core.verification.ReasonCode;
import org.skillcred.core.verification.CredentialSummary;
import org.skillcred.verifier.verification.VerificationResult;

/**
 * What the result page shows, with dates formatted for the reader's language and every
 * sentence referred to by message key, so the page reads the same in all six languages.
 *
 * @param verdict the verdict name
 * @param learner the learner's name
 * @param achievement the achievement's name
 * @param issuer the issuer's name
 * @param validFrom formatted start date
 * @param validUntil formatted end date, or null for none
 * @param credentialId the credential id
 * @param checks the checks, as message keys
 * @param reasonKey for anything but VALID, the message key of the one reason that decided it
 * @param headlineKey the message key of the headline: the verdict, or, for an uploaded document
 * that is not an authentic certificate, that conclusion
 * @param documentNotAuthentic whether an uploaded PDF is not an authentic certificate although it
 * carries a credential; the summary then shows what that credential says, to compare
 */
record ResultView(String verdict, @Nullable String learner, @Nullable String achievement, @Nullable String issuer,
		@Nullable String validFrom, @Nullable String validUntil, @Nullable String credentialId, List<Row> checks,
		@Nullable String reasonKey, String headlineKey, boolean documentNotAuthentic) {

	private static final Set<ReasonCode> DOCUMENT_FAILURES = Set.of(ReasonCode.PDF_UNSIGNED, ReasonCode.PDF_ALTERED,
			ReasonCode.PDF_SIGNER_MISMATCH);

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

	static ResultView of(VerificationResult result, Locale locale) {
		CredentialSummary s = result.credential();
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC);
		List<Row> rows = result.checks().stream().map(ResultView::row).toList();
		CheckResult decisive = decisive(result.checks());
		String reasonKey = (decisive != null) ? "code." + decisive.code() : null;
		boolean notAuthentic = decisive != null && DOCUMENT_FAILURES.contains(decisive.code());
		String headlineKey = notAuthentic ? "verdict.NOT_AUTHENTIC" : "verdict." + result.verdict().name();
		if (s == null) {
			return new ResultView(result.verdict().name(), null, null, null, null, null, null, rows, reasonKey,
					headlineKey, false);
		}
		return new ResultView(result.verdict().name(), s.learnerName(), s.achievementName(), s.issuerName(),
				format(dates, s.validFrom()), format(dates, s.validUntil()), s.id(), rows, reasonKey, headlineKey,
				notAuthentic);
	}

	/**
	 * The reason to show first: a failed check about the document itself comes before anything
	 * else (a genuine credential inside a forged document is still a forged document), then the
	 * first failure, then the first check that could not be done.
	 */
	private static @Nullable CheckResult decisive(List<CheckResult> checks) {
		return checks.stream()
			.filter(c -> c.isFailure() && DOCUMENT_FAILURES.contains(c.code()))
			.findFirst()
			.or(() -> checks.stream().filter(CheckResult::isFailure).findFirst())
			.or(() -> checks.stream().filter(c -> c.status() == CheckStatus.NOT_CHECKED).findFirst())
			.orElse(null);
	}

	private static Row row(CheckResult check) {
		String messageKey = switch (check.status()) {
			case PASSED -> "pass." + check.name();
			case NOT_APPLICABLE -> "na." + check.name();
			default -> "code." + check.code();
		};
		return new Row("check." + check.name(), check.status().name(), "status." + check.status(), messageKey);
	}

	private static @Nullable String format(DateTimeFormatter formatter, @Nullable Instant instant) {
		return (instant != null) ? formatter.format(instant) : null;
	}

	boolean hasStatus(CheckStatus status) {
		return checks.stream().anyMatch(r -> r.status().equals(status.name()));
	}

}
