package org.skillcred.issuer.certificate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where certificate templates, their fonts and labels are read from.
 *
 * @param location a Spring resource folder, such as {@code file:/etc/skillcred/templates/}
 */
@ConfigurationProperties("issuer.templates")
record TemplateProperties(@DefaultValue("classpath:templates/") String location) {
}
