package org.skillcred.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * {@code skillcred upload} — uploads a cohort file (CSV or JSON) to a SkillCred issuer, shows the
 * batch's progress until every row is done, and writes the results CSV.
 *
 * <pre>
 * java -jar cli/target/skillcred-cli-exec.jar upload samples/cohort-sample.csv \
 *     --issuer http://localhost:8080 --api-key demo-partner-key --results results.csv
 * </pre>
 *
 * The API key may come from {@code SKILLCRED_API_KEY} instead, which keeps it out of the shell
 * history and the process list. Exit codes: 0 every row issued (or already issued), 3 the batch
 * finished with failed rows (see the results), 1 the upload was refused or the issuer could not
 * be reached, 2 bad arguments.
 */
public final class SkillcredCli {

	static final String USAGE = """
			Usage: skillcred upload FILE [options]
			  FILE                   cohort file: .csv (UTF-8, header externalId,name,email,achievementId,language,validUntil)
			                         or .json (an array of objects with the same names)
			Options:
			  --issuer URL           the issuer (default http://localhost:8080)
			  --api-key KEY          the partner API key (default: the SKILLCRED_API_KEY environment variable)
			  --results FILE         where to write the results CSV (default: FILE-results.csv)
			  --all-or-nothing       refuse the whole file if any row is invalid
			  --poll SECONDS         how often to ask for progress (default 1)
			""";

	private SkillcredCli() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err, System.getenv("SKILLCRED_API_KEY"), System.console() != null));
	}

	/**
	 * Runs the command.
	 * @param args the arguments
	 * @param out where progress and the summary go
	 * @param err where errors go
	 * @param apiKeyFromEnvironment the key from the environment, or null
	 * @param interactive whether {@code out} is a terminal (redraw the bar in place)
	 * @return the exit code
	 */
	public static int run(String[] args, PrintStream out, PrintStream err, String apiKeyFromEnvironment, boolean interactive) {
		Deque<String> rest = new ArrayDeque<>(List.of(args));
		if (rest.isEmpty() || !"upload".equals(rest.peekFirst())) {
			err.print(USAGE);
			return 2;
		}
		rest.removeFirst();
		Path file = null;
		URI issuer = URI.create("http://localhost:8080");
		String apiKey = apiKeyFromEnvironment;
		Path results = null;
		boolean allOrNothing = false;
		Duration poll = Duration.ofSeconds(1);
		try {
			while (!rest.isEmpty()) {
				String arg = rest.removeFirst();
				switch (arg) {
					case "--issuer" -> issuer = issuer(value(rest, arg));
					case "--api-key" -> apiKey = value(rest, arg);
					case "--results" -> results = Path.of(value(rest, arg));
					case "--all-or-nothing" -> allOrNothing = true;
					case "--poll" -> poll = poll(value(rest, arg));
					default -> {
						if (arg.startsWith("--") || file != null) {
							throw new IllegalArgumentException("Unknown argument: " + arg);
						}
						file = Path.of(arg);
					}
				}
			}
			if (file == null) {
				throw new IllegalArgumentException("Name the cohort file to upload.");
			}
			if (apiKey == null || apiKey.isBlank()) {
				throw new IllegalArgumentException("Give the API key with --api-key or SKILLCRED_API_KEY.");
			}
			if (!Files.isReadable(file)) {
				throw new IllegalArgumentException("Cannot read " + file);
			}
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.print(USAGE);
			return 2;
		}
		if ("http".equals(issuer.getScheme()) && !isLoopback(issuer.getHost())) {
			err.println("Warning: the API key goes to " + issuer.getHost() + " over plain http; use https.");
		}
		if (results == null) {
			String name = file.getFileName().toString().replaceFirst("\\.(csv|json)$", "");
			results = file.resolveSibling(name + "-results.csv");
		}
		BatchClient client = new BatchClient(issuer, apiKey);
		return new BatchUpload(client, new ProgressBar(out, interactive), out, err, poll).run(file, results, allOrNothing);
	}

	private static URI issuer(String value) {
		URI uri;
		try {
			uri = URI.create(value.replaceAll("/+$", ""));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("--issuer is not a URL: " + value);
		}
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
			throw new IllegalArgumentException("--issuer must be an http or https URL, such as https://certs.example.org");
		}
		return uri;
	}

	private static Duration poll(String value) {
		double seconds = Double.parseDouble(value);
		if (!(seconds >= 0.1 && seconds <= 60)) {
			throw new IllegalArgumentException("--poll takes 0.1 to 60 seconds");
		}
		return Duration.ofMillis((long) (seconds * 1000));
	}

	private static boolean isLoopback(String host) {
		return "localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host);
	}

	private static String value(Deque<String> rest, String option) {
		if (rest.isEmpty()) {
			throw new IllegalArgumentException(option + " needs a value.");
		}
		return rest.removeFirst();
	}

}
