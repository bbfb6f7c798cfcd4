package org.skillcred.issuer.learner;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.skillcred.core.i18n.Language;
import org.skillcred.core.i18n.Languages;
import org.skillcred.issuer.achievement.Achievement;
import org.skillcred.issuer.achievement.AchievementCatalog;
import org.skillcred.issuer.credential.CertificateDownload;
import org.skillcred.issuer.credential.CredentialLinks;
import org.skillcred.issuer.credential.CredentialRecord;
import org.skillcred.issuer.credential.CredentialState;
import org.skillcred.issuer.partner.Partner;
import org.skillcred.issuer.partner.PartnerManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the learner page's model: in the language asked for ({@code ?lang=}), else the browser's,
 * else the certificate's; with the credential's state (a revoked or suspended one says when, the
 * partner's reason, and whom to contact, and offers no sharing); and with the language of each text
 * that may differ from the page's, so screen readers pronounce it right.
 */
@Component
class LearnerPage {

	private static final String[] LABELS = { "title", "intro", "issuedBy", "issuedOn", "validUntil", "noExpiry",
			"downloads", "pdf", "qrPng", "qrSvg", "jwt", "badge", "linkedin", "verify", "private", "language",
			"reason", "contact", "contactNoEmail", "suspendedNext", "revokedNext" };

	private final AchievementCatalog achievements;

	private final PartnerManagement partners;

	private final CredentialLinks links;

	private final MessageSource messages;

	private final Languages languages;

	LearnerPage(AchievementCatalog achievements, PartnerManagement partners, CredentialLinks links,
			MessageSource messages, Languages languages) {
		this.languages = languages;
		this.achievements = achievements;
		this.partners = partners;
		this.links = links;
		this.messages = messages;
	}

	Map<String, Object> model(CredentialRecord record, Language page) {
		String language = page.code();
		Locale locale = page.locale();
		DateTimeFormatter dates = page.dates();
		Achievement achievement = (record.achievementId() != null)
				? achievements.findPublic(record.achievementId()).orElse(null) : null;
		String achievementName = (achievement != null) ? achievement.name() : "Credential";
		Partner partner = partners.get(record.partnerId());
		boolean withdrawn = record.state() == CredentialState.REVOKED || record.state() == CredentialState.SUSPENDED;
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("lang", language);
		model.put("rtl", page.rtl());
		model.put("languages", languages.all());
		model.put("learnerName", record.recipientName());
		model.put("achievementName", achievementName);
		// the achievement is written in its own language; mark it where the page is in another
		String achievementLanguage = (achievement != null) ? achievement.language() : language;
		model.put("achievementLang", achievementLanguage.equals(language) ? null : achievementLanguage);
		model.put("issuerName", CertificateDownload.issuerName(record));
		model.put("issuedOn", dates.format(record.issuedAt()));
		model.put("validUntil", (record.validUntil() != null) ? dates.format(record.validUntil()) : null);
		model.put("state", record.state().name());
		model.put("withdrawn", withdrawn);
		if (withdrawn) {
			String since = (record.stateChangedAt() != null) ? dates.format(record.stateChangedAt()) : "";
			model.put("stateHeadline", messages.getMessage("learner.state." + record.state(), new Object[] { since },
					locale));
			model.put("stateReason", record.stateReason());
			model.put("partnerName", partner.name());
			model.put("partnerEmail", partner.contactEmail());
		}
		model.put("base", links.of(record).learner());
		model.put("verifyUrl", links.verify(record.id()));
		model.put("linkedIn", withdrawn ? null : LinkedInLinks.addCertification(record, achievementName,
				links.verify(record.id())));
		Map<String, String> text = new LinkedHashMap<>();
		for (String key : LABELS) {
			text.put(key, messages.getMessage("learner." + key, new Object[] { partner.name() }, locale));
		}
		model.put("t", text);
		return model;
	}

}
