package org.skillcred.issuer.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full issuer on PostgreSQL (127.0.0.1:5432, database {@code test}, trust auth; override with
 * {@code SKILLCRED_TEST_POSTGRES_URL}), in a schema of its own that is dropped afterwards. Skipped
 * with a message where PostgreSQL is not reachable, unless {@code SKILLCRED_REQUIRE_POSTGRES=true}
 * (as in CI), where it fails instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("dev")
@ContextConfiguration(initializers = PostgresSchema.class)
@Import(TestClockConfiguration.class)
public @interface PostgresIntegrationTest {

}
