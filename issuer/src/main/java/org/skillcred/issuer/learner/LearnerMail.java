package org.skillcred.issuer.learner;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.skillcred.issuer.achievement.AchievementCatalog;
import org.skillcred.issuer.credential.CredentialIssued;
import org.skillcred.issuer.credential.CredentialLinks;
import org.skillcred.issuer.credential.CredentialLookup;
import org.skillcred.issuer.credential.CredentialRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the learner their private link by e-mail, in their language, once the credential is
 * committed (never for a credential that was rolled back), off the request thread so SMTP
 * latency never slows issuance. Failures are logged by credential id only: no address or link
 * goes into logs.
 */
@Component
class LearnerMail {

	private static final Logger log = LoggerFactory.getLogger(LearnerMail.class);

	private final MailProperties properties;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final CredentialLookup records;

	private final CredentialLinks links;

	private final AchievementCatalog achievements;

	private final MessageSource messages;

	/**
	 * Two senders: a batch commits hundreds of credentials at once, and one thread per mail would
	 * take as many database connections. Mails queued when the process stops are not sent.
	 */
	private final ExecutorService sender = Executors.newFixedThreadPool(2,
			Thread.ofPlatform().name("learner-mail-", 0).daemon(true).factory());

	LearnerMail(MailProperties properties, ObjectProvider<JavaMailSender> mailSender, CredentialLookup records,
			CredentialLinks links, AchievementCatalog achievements, MessageSource messages) {
		this.properties = properties;
		this.mailSender = mailSender;
		this.records = records;
		this.links = links;
		this.achievements = achievements;
		this.messages = messages;
	}

	@TransactionalEventListener
	void onIssued(CredentialIssued event) {
		JavaMailSender mail = mailSender.getIfAvailable();
		if (!properties.enabled() || mail == null) {
			return;
		}
		sender.submit(() -> send(mail, event));
	}

	private void send(JavaMailSender mail, CredentialIssued event) {
		CredentialRecord record = records.find(event.credentialId()).orElse(null);
		if (record == null || record.recipientEmail() == null || record.learnerToken() == null) {
			return;
		}
		Locale locale = Locale.forLanguageTag(record.language());
		String achievement = (record.achievementId() != null)
				? achievements.findPublic(record.achievementId()).map(a -> a.name()).orElse("") : "";
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.from());
		message.setTo(record.recipientEmail());
		message.setSubject(messages.getMessage("learner.mail.subject", new Object[] { achievement }, locale));
		message.setText(messages.getMessage("learner.mail.body",
				new Object[] { record.recipientName(), achievement, links.of(record).learner() }, locale));
		try {
			mail.send(message);
		}
		catch (MailException ex) {
			log.warn("Could not e-mail the learner link of credential {}: {}", record.id(), ex.getClass().getSimpleName());
		}
	}

}
