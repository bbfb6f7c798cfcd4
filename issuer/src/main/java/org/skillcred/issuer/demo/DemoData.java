package org.skillcred.issuer.demo;

import java.time.Period;
import java.util.List;

import org.skillcred.core.jose.JwtProfile;
import org.skillcred.issuer.achievement.Achievement;
import org.skillcred.issuer.achievement.AchievementCatalog;
import org.skillcred.issuer.achievement.AlignmentRef;
import org.skillcred.issuer.partner.Partner;
import org.skillcred.issuer.partner.PartnerManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seeds a demo partner (API key {@code issuer.demo.api-key}) and three achievements so the
 * embedded default can issue credentials right away. Idempotent across restarts.
 */
@Component
@Profile("dev")
@ConditionalOnProperty(name = "issuer.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String PARTNER_SLUG = "demo-partner";

	private final PartnerManagement partners;

	private final AchievementCatalog achievements;

	private final String apiKey;

	DemoData(PartnerManagement partners, AchievementCatalog achievements,
			org.springframework.core.env.Environment environment) {
		this.partners = partners;
		this.achievements = achievements;
		this.apiKey = environment.getProperty("issuer.demo.api-key", "demo-partner-key");
	}

	@Override
	public void run(ApplicationArguments args) {
		Partner partner = partners.ensureExists(PARTNER_SLUG, "AI Skills Coalition Demo Partner", apiKey);
		for (Achievement.Definition definition : definitions()) {
			if (achievements.find(partner.id(), definition.slug()).isEmpty()) {
				achievements.define(partner.id(), definition);
			}
		}
		log.info("Demo partner '{}' ready; call the API with 'Authorization: Bearer {}'", PARTNER_SLUG, apiKey);
	}

	static List<Achievement.Definition> definitions() {
		return List.of(new Achievement.Definition("genai-foundations", "Generative AI Foundations",
				"A self-paced course on how generative AI models work, what they can and cannot do, and how to use them responsibly at work.",
				"Completed all six modules and passed the final assessment with at least 70%.", null,
				"CertificateOfCompletion", null, "course-completion", JwtProfile.VC_JWT, null, "en",
				List.of(new AlignmentRef("Understanding of AI", "https://www.unesco.org/en/articles/ai-competency-framework-students",
						"UNESCO AI competency framework", "CG1"))),
				new Achievement.Definition("public-sector-ai-governance", "AI for the Public Sector",
						"A six-week international training for civil servants on the ethical and inclusive use of AI in public services.",
						"Took part in the six-week programme, including the weekly sessions and the final policy project.",
						null, "Certificate", null, "participation", JwtProfile.VC_JWT, null, "en",
						List.of(new AlignmentRef("AI governance and ethics", "https://www.unesco.org/en/artificial-intelligence/recommendation-ethics",
								"UNESCO Recommendation on the Ethics of AI", null))),
				new Achievement.Definition("ai-practitioner-advanced", "Advanced AI Practitioner Certification",
						"An advanced certification for professionals who design, evaluate and deploy machine-learning systems.",
						"Passed a proctored exam and a practical project assessed by two reviewers.", null,
						"Certification", null, "advanced-certification", JwtProfile.OB3_JWT, Period.ofYears(2), "en",
						List.of(new AlignmentRef("Machine learning model evaluation", "https://example.org/ai-competencies/ml-eval",
								"AI Skills Coalition competency framework", "ML-EVAL"),
								new AlignmentRef("Responsible AI deployment", "https://example.org/ai-competencies/rai-deploy",
										"AI Skills Coalition competency framework", "RAI-DEPLOY"))));
	}

}
