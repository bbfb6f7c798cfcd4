package org.skillcred.issuer.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data for the embedded default. Only honoured in the {@code dev} profile: the issuer refuses
 * to start with demo data or demo keys in any other profile.
 *
 * @param enabled seed a demo partner and achievements at startup
 * @param apiKey the demo partner's API key
 * @param adminKey the admin API key in the dev profile
 */
@ConfigurationProperties("issuer.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("demo-partner-key") String apiKey,
		@DefaultValue("demo-admin-key") String adminKey) {
}
