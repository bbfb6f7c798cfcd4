package org.skillcred.issuer.system;

import org.junit.jupiter.api.Test;
import org.skillcred.issuer.IssuerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outside the dev profile the issuer refuses public sample keys and demo credentials.
 */
class StartupGuardTests {

	private static ConfigurableApplicationContext start(String... properties) {
		java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:guard-" + System.nanoTime() + ";MODE=PostgreSQL",
				"--issuer.public-base-url=https://certs.example.org"));
		for (String property : properties) {
			args.add("--" + property);
		}
		return new SpringApplicationBuilder(IssuerApplication.class).profiles("prod").run(args.toArray(String[]::new));
	}

	@Test
	void startWhenSampleKeyOutsideDevThenRefused() {
		assertThatThrownBy(() -> start("issuer.signing.keys[0].location=classpath:keys-sample/es256-private.pem"))
			.rootCause()
			.hasMessageContaining("sample key")
			.hasMessageContaining("dev profile");
	}

	@Test
	void startWhenDemoDataOrDemoAdminKeyOutsideDevThenRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		java.nio.file.Path key = dir.resolve("prod.jwk");
		java.nio.file.Files.writeString(key,
				new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256).generate().toJSONString());
		String keyProperty = "issuer.signing.keys[0].location=file:" + key;
		assertThatThrownBy(() -> start(keyProperty, "issuer.demo.enabled=true")).rootCause()
			.hasMessageContaining("dev profile");
		assertThatThrownBy(() -> start(keyProperty, "issuer.admin.api-key=demo-admin-key")).rootCause()
			.hasMessageContaining("dev profile");
		try (ConfigurableApplicationContext context = start(keyProperty, "issuer.admin.api-key=a-real-secret-key")) {
			assertThat(context.isRunning()).isTrue();
		}
	}

}
