package org.skillcred.issuer.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL tests only where PostgreSQL answers; where it is required (CI), its absence is a
 * failure, not a skip.
 */
public class PostgresAvailable implements ExecutionCondition {

	static final String URL = System.getenv().getOrDefault("SKILLCRED_TEST_POSTGRES_URL",
			"jdbc:postgresql://127.0.0.1:5432/test");

	static final String USER = System.getenv().getOrDefault("SKILLCRED_TEST_POSTGRES_USER", "postgres");

	static final String PASSWORD = System.getenv().getOrDefault("SKILLCRED_TEST_POSTGRES_PASSWORD", "");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		try (Connection connection = connect()) {
			return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + URL);
		}
		catch (SQLException ex) {
			if (Boolean.parseBoolean(System.getenv("SKILLCRED_REQUIRE_POSTGRES"))) {
				throw new IllegalStateException("PostgreSQL is required (SKILLCRED_REQUIRE_POSTGRES=true) but "
						+ URL + " is not reachable: " + ex.getMessage(), ex);
			}
			return ConditionEvaluationResult.disabled("SKIPPED: PostgreSQL not reachable at " + URL
					+ " (" + ex.getMessage() + "); these tests run in CI");
		}
	}

	static Connection connect() throws SQLException {
		DriverManager.setLoginTimeout(3);
		return DriverManager.getConnection(URL, USER, PASSWORD);
	}

}
