package org.skillcred.issuer.support;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the npm-based checks (independent implementations, linters) from tests. Node.js is required
 * in CI ({@code SKILLCRED_REQUIRE_NODE=true}); elsewhere these checks are skipped without it.
 */
public final class NodeTools {

	private NodeTools() {
	}

	/** Skips the calling test where Node.js is missing, unless it is required. */
	public static void requireNode() {
		boolean available;
		try {
			available = new ProcessBuilder("npx", "--version").start().waitFor(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			available = false;
		}
		if (!available && Boolean.parseBoolean(System.getenv("SKILLCRED_REQUIRE_NODE"))) {
			throw new IllegalStateException("Node.js (npx) is required (SKILLCRED_REQUIRE_NODE=true) but not found");
		}
		Assumptions.assumeTrue(available, "SKIPPED: Node.js (npx) not found; the npm-based checks run in CI");
	}

	/**
	 * Skips the calling test where Node.js or Chromium is missing, unless a browser is required
	 * ({@code SKILLCRED_REQUIRE_BROWSER=true}, as in CI).
	 */
	public static void requireBrowser() {
		Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
		boolean present = java.nio.file.Files.isExecutable(chromium);
		if (!present && Boolean.parseBoolean(System.getenv("SKILLCRED_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("Chromium is required (SKILLCRED_REQUIRE_BROWSER=true) but not at " + chromium);
		}
		Assumptions.assumeTrue(present, "SKIPPED: Chromium not found at " + chromium + "; the browser checks run in CI");
		requireNode();
	}

	/**
	 * Runs a command and returns what it printed.
	 * @param dir the working directory
	 * @param command the command and its arguments
	 * @return standard output
	 * @throws Exception when it cannot run
	 */
	public static String run(Path dir, String... command) throws Exception {
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		String out = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
		return out;
	}

	/**
	 * A script of the project's scripts folder.
	 * @param name its file name
	 * @return its absolute path (tests run in the module folder)
	 */
	public static Path script(String name) {
		return Path.of("..", "scripts", name).toAbsolutePath().normalize();
	}

}
