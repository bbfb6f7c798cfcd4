package org.skillcred.issuer.support;

import java.util.ArrayList;
import java.util.List;

import org.skillcred.issuer.IssuerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A second issuer instance on the same database (and schema) as the test's own: how the tests
 * prove that instances share work without coordinating except through the database.
 */
public final class SecondInstance {

	private SecondInstance() {
	}

	/**
	 * Starts another issuer on a random port, on the database the given environment uses.
	 * @param first the environment of the test's own instance
	 * @param extraArguments more command-line properties, such as {@code --issuer.batch.chunk-size=100}
	 * @return the running instance; close it when done
	 */
	public static ConfigurableApplicationContext start(Environment first, String... extraArguments) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0",
				"--spring.datasource.url=" + first.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + first.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + first.getProperty("spring.datasource.password", ""),
				"--spring.flyway.schemas=" + first.getProperty("spring.flyway.schemas")));
		arguments.addAll(List.of(extraArguments));
		return new SpringApplicationBuilder(IssuerApplication.class).profiles("dev").run(arguments.toArray(String[]::new));
	}

}
