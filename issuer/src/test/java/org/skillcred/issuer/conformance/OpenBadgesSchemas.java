package org.skillcred.issuer.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Assumptions;
import org.skillcred.issuer.support.IssuerApi;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validates credentials against 1EdTech's published Open Badges 3.0 JSON Schema
 * ({@code ob_v3p0_achievementcredential_schema.json}, JSON Schema 2019-09), with format assertions
 * on, as an Open Badges validator would.
 * <p>
 * The schema files are read from a folder, never fetched: {@code SKILLCRED_OB3_SCHEMAS} names it,
 * else {@code shared/reference/ob-v3p0} beside the checkout. They are not in the repository (they
 * are 1EdTech's, and this workplace cannot download them; see docs/conformance.md). Where they are
 * missing the checks are skipped, unless {@code SKILLCRED_REQUIRE_OB3_SCHEMAS=true} makes that a
 * failure.
 */
public final class OpenBadgesSchemas {

	static final String ACHIEVEMENT_CREDENTIAL = "ob_v3p0_achievementcredential_schema.json";

	private static Schema schema;

	private OpenBadgesSchemas() {
	}

	/** Skips the calling test where the schema files are missing, unless they are required. */
	public static void require() {
		boolean found = Files.isRegularFile(folder().resolve(ACHIEVEMENT_CREDENTIAL));
		if (!found && Boolean.parseBoolean(System.getenv("SKILLCRED_REQUIRE_OB3_SCHEMAS"))) {
			throw new IllegalStateException("The OB 3.0 schemas are required but not in " + folder());
		}
		Assumptions.assumeTrue(found, "SKIPPED: 1EdTech's OB 3.0 JSON Schemas are not in " + folder()
				+ " (set SKILLCRED_OB3_SCHEMAS)");
	}

	static Path folder() {
		String configured = System.getenv("SKILLCRED_OB3_SCHEMAS");
		return (configured != null && !configured.isBlank()) ? Path.of(configured)
				: Path.of("..", "..", "shared", "reference", "ob-v3p0").toAbsolutePath().normalize();
	}

	/**
	 * Asserts that a signed credential's payload is a valid AchievementCredential.
	 * @param jwt the compact JWS as issued
	 * @param what what the credential is, for the failure message
	 */
	public static void assertConforms(String jwt, String what) {
		assertThat(errors(payload(jwt))).as(what + " against " + ACHIEVEMENT_CREDENTIAL).isEmpty();
	}

	/**
	 * The schema's complaints about a credential.
	 * @param credential the credential JSON
	 * @return one line per error, empty when it conforms
	 */
	static List<String> errors(JsonNode credential) {
		List<Error> errors = schema().validate(credential,
				context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
		return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
	}

	static JsonNode payload(String jwt) {
		return IssuerApi.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
	}

	private static synchronized Schema schema() {
		if (schema == null) {
			require();
			SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09);
			try (var in = Files.newInputStream(folder().resolve(ACHIEVEMENT_CREDENTIAL))) {
				schema = registry.getSchema(in);
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return schema;
	}

}
