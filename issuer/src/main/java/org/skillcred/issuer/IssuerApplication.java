package org.skillcred.issuer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The SkillCred issuer: partners issue Open Badges 3.0 credentials through an authenticated API;
 * the issuer signs them and publishes its keys.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IssuerApplication {

	public static void main(String[] args) {
		SpringApplication.run(IssuerApplication.class, args);
	}

}
