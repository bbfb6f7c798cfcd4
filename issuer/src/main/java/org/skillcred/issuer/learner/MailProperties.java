package org.skillcred.issuer.learner;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail delivery of learner links. Off by default; the SMTP server is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param enabled send each learner with an e-mail address their link when a credential is issued
 * @param from the sender address
 */
@ConfigurationProperties("issuer.mail")
record MailProperties(@DefaultValue("false") boolean enabled, @DefaultValue("no-reply@localhost") String from) {
}
