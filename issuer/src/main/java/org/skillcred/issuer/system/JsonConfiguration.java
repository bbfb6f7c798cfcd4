package org.skillcred.issuer.system;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;

/**
 * How the issuer's APIs read JSON: what a caller sends is what gets signed, or it is refused.
 * Besides unknown fields (refused, see {@code application.yml}):
 * <ul>
 * <li>a field named twice is refused, where JSON parsers differ on which one counts (Jackson
 * keeps the last, others the first: {@code "validUntil"} twice would mean two credentials);</li>
 * <li>an empty string is not a value: {@code "validUntil": ""} read as "none" signed a credential
 * that never expires.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictRequests() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.withCoercionConfigDefaults(config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
	}

}
