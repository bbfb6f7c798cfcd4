package org.skillcred.verifier.verification;

import java.time.Clock;

import org.skillcred.core.jose.AlgorithmPolicy;
import org.skillcred.core.status.BitstringStatusCheck;
import org.skillcred.core.status.StatusListSource;
import org.skillcred.core.verification.CredentialVerifier;
import org.skillcred.core.verification.VerificationPolicy;
import org.skillcred.verifier.trust.IssuerKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The core verification engine, configured from {@link VerificationProperties}: the trust list
 * supplies issuers and keys, status lists are checked, and a status that cannot be checked makes
 * the verdict indeterminate.
 */
@Configuration(proxyBeanMethods = false)
class VerifierConfiguration {

	@Bean
	CredentialVerifier credentialVerifier(VerificationProperties properties, IssuerKeys keys,
			StatusListSource statusLists, Clock clock) {
		VerificationPolicy policy = VerificationPolicy.defaults()
			.withAlgorithms(AlgorithmPolicy.of(properties.algorithms()))
			.withClockSkew(properties.clockSkew())
			.withLimits((int) properties.maxTokenLength().toBytes(), properties.maxJsonDepth())
			.withStatusCheckRequired(true);
		return new CredentialVerifier(policy, keys, clock, new BitstringStatusCheck(statusLists));
	}

}
