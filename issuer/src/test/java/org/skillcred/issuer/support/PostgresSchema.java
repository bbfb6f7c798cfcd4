package org.skillcred.issuer.support;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Points the application at a fresh PostgreSQL schema, and drops it when the context closes, so
 * test runs never see each other's data.
 */
public class PostgresSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String schema = "skillcred_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
			.toLowerCase(Locale.ROOT);
		String separator = PostgresAvailable.URL.contains("?") ? "&" : "?";
		TestPropertyValues
			.of("spring.datasource.url=" + PostgresAvailable.URL + separator + "currentSchema=" + schema,
					"spring.datasource.username=" + PostgresAvailable.USER,
					"spring.datasource.password=" + PostgresAvailable.PASSWORD, "spring.flyway.schemas=" + schema,
					"spring.flyway.create-schemas=true")
			.applyTo(context);
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent) {
				drop(schema);
			}
		});
	}

	private static void drop(String schema) {
		try (Connection connection = PostgresAvailable.connect(); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
		catch (java.sql.SQLException ex) {
			// the schema name is unique per run, so a leftover does no harm beyond disk space
		}
	}

}
