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
import java.util.List;

/**
 * The real issuer, started from its jar as a separate process on a free port (dev profile,
 * in-memory database), so the verifier is tested against it without depending on its code.
 */
public final class IssuerProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private IssuerProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
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
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		Path log = Files.createTempFile("issuer-e2e", ".log");
		Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", jar.toString(),
				"--spring.profiles.active=dev", "--server.port=" + port,
				"--issuer.public-base-url=http://localhost:" + port,
				"--spring.datasource.url=jdbc:h2:mem:e2e;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH",
				"--logging.level.root=WARN"))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(new File(System.getProperty("java.io.tmpdir")))
			.start();
		IssuerProcess issuer = new IssuerProcess(process, port, log);
		issuer.awaitReady();
		return issuer;
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
