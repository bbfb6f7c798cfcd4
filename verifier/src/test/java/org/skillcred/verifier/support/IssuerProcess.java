package org.skillcred.verifier.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real issuer, started from its jar as a separate process on a free port (dev profile,
 * in-memory database), so the verifier is tested against it without depending on its code.
 */
public final class IssuerProcess implements AutoCloseable {

	private final Process process;

	private final Path jar;

	private final int port;

	private final Map<String, String> overrides;

	private final Path log;

	private IssuerProcess(Process process, Path jar, int port, Map<String, String> overrides, Path log) {
		this.process = process;
		this.jar = jar;
		this.port = port;
		this.overrides = overrides;
		this.log = log;
	}

	/**
	 * Where the issuer jar is; empty when it has not been built.
	 * @return the jar, if present
	 */
	public static java.util.Optional<Path> jar() {
		String location = System.getProperty("skillcred.issuer.jar", "../issuer/target/skillcred-issuer-0.1.0-SNAPSHOT-exec.jar");
		Path jar = Path.of(location);
		return Files.isRegularFile(jar) ? java.util.Optional.of(jar) : java.util.Optional.empty();
	}

	public static IssuerProcess start(Path jar) throws IOException, InterruptedException {
		return start(jar, Map.of());
	}

	/**
	 * Starts the issuer on a free port.
	 * @param jar the issuer jar
	 * @param overrides application properties that replace the defaults (an in-memory database)
	 * @return the running issuer
	 */
	public static IssuerProcess start(Path jar, Map<String, String> overrides) throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		return start(jar, port, overrides);
	}

	private static IssuerProcess start(Path jar, int port, Map<String, String> overrides)
			throws IOException, InterruptedException {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.profiles.active", "dev");
		properties.put("server.port", Integer.toString(port));
		properties.put("issuer.public-base-url", "http://localhost:" + port);
		properties.put("spring.datasource.url", "jdbc:h2:mem:e2e;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH");
		properties.put("logging.level.root", "WARN");
		properties.putAll(overrides);
		String java = ProcessHandle.current().info().command().orElse("java");
		Path log = Files.createTempFile("issuer-e2e", ".log");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.toString()));
		properties.forEach((name, value) -> command.add("--" + name + "=" + value));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(new File(System.getProperty("java.io.tmpdir")))
			.start();
		IssuerProcess issuer = new IssuerProcess(process, jar, port, Map.copyOf(overrides), log);
		issuer.awaitReady();
		return issuer;
	}

	/**
	 * Kills the process at once, as {@code kill -9} does: no shutdown hook, no graceful stop.
	 * @throws InterruptedException if interrupted while waiting for it to die
	 */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/**
	 * Starts the same issuer again, on the same port with the same settings (so the same DID).
	 * @return the new process
	 */
	public IssuerProcess startAgain() throws IOException, InterruptedException {
		return start(jar, port, overrides);
	}

	public long pid() {
		return process.pid();
	}

	private void awaitReady() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The issuer exited at startup:\n" + Files.readString(log));
			}
			try {
				HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/.well-known/jwks.json"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		close();
		throw new IllegalStateException("The issuer did not start within 90 s:\n" + Files.readString(log));
	}

	public String baseUrl() {
		return "http://localhost:" + port;
	}

	/**
	 * Issues a credential for one of the demo partner's achievements, as a partner would.
	 * @param achievementId the achievement's slug
	 * @param name the learner's name
	 * @return the issuer's answer: id, credential and links
	 * @throws Exception when the request fails or is refused
	 */
	public tools.jackson.databind.JsonNode issue(String achievementId, String name) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl()
				+ "/api/v1/credentials"))
			.header("Authorization", "Bearer demo-partner-key")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"achievementId\":\"" + achievementId + "\",\"recipient\":{\"name\":\""
					+ name + "\",\"email\":\"learner@example.org\"}}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Issuing failed: " + response.statusCode() + " " + response.body());
		}
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
	}

	/**
	 * Changes a credential's state as its partner would.
	 * @param id the credential id
	 * @param action revoke, suspend or reinstate
	 * @throws Exception when the request fails or is refused
	 */
	public void change(String id, String action) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl()
				+ "/api/v1/credentials/" + id + "/" + action))
			.header("Authorization", "Bearer demo-partner-key")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"test\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(action + " failed: " + response.statusCode() + " " + response.body());
		}
	}

	/**
	 * A trust list file trusting this issuer (and the partners it hosts) as {@code skillcred}.
	 * @return the file
	 * @throws IOException when it cannot be written
	 */
	public Path trustFile() throws IOException {
		return VerifierIntegrationTest.TrustFile.write(Files.createTempFile("trusted-e2e", ".yml"),
				VerifierIntegrationTest.TrustFile.entry(did(), "skillcred", "SkillCred Demo Issuer")
					.replace("[ES256]", "[ES256, EdDSA]") + "    include-partners: true\n");
	}

	public String did() {
		return "did:web:localhost%3A" + port;
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
