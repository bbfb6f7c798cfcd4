package org.skillcred.verifier.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A verifier (dev profile) whose trust list is a file the test writes, listing fake issuers.
 * Status lists are never cached, so every status change is seen at once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "verifier.status.max-cache-age=0s", "verifier.trust.keys.rate-limit=1ms",
		"verifier.trust.list.reload-interval=200ms",
		// the tests verify hundreds of credentials from one address; RateLimitIntegrationTests checks the limits
		"verifier.rate-limits.link-lookups-per-minute=1000000", "verifier.rate-limits.verifications-per-minute=1000000" })
@AutoConfigureMockMvc
@ActiveProfiles("dev")
public @interface VerifierIntegrationTest {

	/** Writes a trust list file. */
	final class TrustFile {

		private TrustFile() {
		}

		public static Path write(Path file, String... entries) {
			StringBuilder yaml = new StringBuilder("issuers:\n");
			for (String entry : entries) {
				yaml.append(entry);
			}
			try {
				Files.writeString(file, yaml.toString());
				return file;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		public static String entry(String did, String ref, String name) {
			return entry(did, ref, name, "ES256");
		}

		public static String entry(String did, String ref, String name, String algorithms) {
			return "  - id: \"" + did + "\"\n    ref: " + ref + "\n    name: " + name + "\n    algorithms: [" + algorithms + "]\n";
		}

	}

}
