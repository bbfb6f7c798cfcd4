package org.skillcred.verifier.verification;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How credentials are verified.
 *
 * @param algorithms signature algorithms accepted at all (each trusted issuer may narrow them)
 * @param clockSkew tolerance for validity periods
 * @param maxTokenLength the longest compact JWT read
 * @param maxJsonDepth the deepest JSON nesting read
 * @param keptCredentials how much memory credentials fetched through verification links may take,
 * kept so that their links still verify while the issuer cannot be reached
 * @param keptCredentialsFor how long such a credential is kept
 */
@ConfigurationProperties("verifier")
record VerificationProperties(@DefaultValue({ "ES256", "EdDSA", "RS256", "PS256" }) List<String> algorithms,
		@DefaultValue("60s") Duration clockSkew, @DefaultValue("64KB") DataSize maxTokenLength,
		@DefaultValue("32") int maxJsonDepth, @DefaultValue("32MB") DataSize keptCredentials,
		@DefaultValue("48h") Duration keptCredentialsFor) {
}
