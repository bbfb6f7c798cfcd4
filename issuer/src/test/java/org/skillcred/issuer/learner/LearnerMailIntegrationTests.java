package org.skillcred.issuer.learner;

import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillcred.issuer.support.IssuerApi.PARTNER_KEY;

/**
 * Learner links delivered by e-mail, against an in-process SMTP server (GreenMail).
 */
@IssuerIntegrationTest
class LearnerMailIntegrationTests extends IssuerApiTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("issuer.mail.enabled", () -> "true");
		registry.add("issuer.mail.from", () -> "certificates@skillcred.example");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Test
	void issueWithEmailThenLearnerGetsTheirLinkInTheirLanguage() throws Exception {
		JsonNode issued = IssuerApi.json(api.issue(PARTNER_KEY, "{\"achievementId\":\"genai-foundations\","
				+ "\"recipient\":{\"name\":\"Jeanne Martin\",\"email\":\"jeanne@example.org\"},\"language\":\"fr\"}"));

		assertThat(smtp.waitForIncomingEmail(TimeUnit.SECONDS.toMillis(10), 1)).isTrue();
		MimeMessage message = smtp.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo("jeanne@example.org");
		assertThat(message.getSubject()).isEqualTo("Votre certificat : Generative AI Foundations");
		String body = GreenMailUtil.getBody(message);
		assertThat(body).contains("Bonjour Jeanne Martin").contains(issued.path("links").path("learner").asString());
	}

	@Test
	void issueWithoutEmailThenNothingSent() throws Exception {
		int before = smtp.getReceivedMessages().length;
		api.issue(PARTNER_KEY, IssuerApi.issueBody("genai-foundations", "No Mail").replace(",\"email\":\"learner@example.org\"", ""));
		Thread.sleep(500);
		assertThat(smtp.getReceivedMessages()).hasSize(before);
	}

}
