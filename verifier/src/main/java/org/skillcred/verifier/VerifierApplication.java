package org.skillcred.verifier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The SkillCred verifier: tells employers whether a credential is genuine, from a trusted issuer,
 * in its validity period and not revoked, and why. Trusts nothing but its configured issuers.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class VerifierApplication {

	public static void main(String[] args) {
		SpringApplication.run(VerifierApplication.class, args);
	}

}
