package org.skillcred.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

import tools.jackson.databind.JsonNode;

/** Upload, watch, save results: the whole {@code upload} command. */
final class BatchUpload {

	/** How many row errors of a refused all-or-nothing file are printed. */
	private static final int SHOWN_ERRORS = 20;

	/** How long the CLI waits without a row done before it gives up watching. */
	static final Duration STALL = Duration.ofMinutes(10);

	private final BatchClient client;

	private final ProgressBar progress;

	private final PrintStream out;

	private final PrintStream err;

	private final Duration poll;

	BatchUpload(BatchClient client, ProgressBar progress, PrintStream out, PrintStream err, Duration poll) {
		this.client = client;
		this.progress = progress;
		this.out = out;
		this.err = err;
		this.poll = poll;
	}

	int run(Path file, Path results, boolean allOrNothing) {
		try {
			BatchClient.Answer uploaded = client.upload(file, allOrNothing);
			if (!uploaded.ok()) {
				return refused("The issuer refused the file", uploaded);
			}
			String id = uploaded.body().path("id").asString();
			out.println("Batch " + id + ": " + uploaded.body().path("total").asInt() + " rows");
			JsonNode batch = uploaded.body();
			int remaining = Integer.MAX_VALUE;
			long lastProgress = System.nanoTime();
			while (true) {
				progress.show(batch);
				if ("COMPLETED".equals(batch.path("state").asString())) {
					break;
				}
				if (batch.path("remaining").asInt() < remaining) {
					remaining = batch.path("remaining").asInt();
					lastProgress = System.nanoTime();
				}
				else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
					err.println("No progress for " + STALL.toMinutes() + " minutes; the batch goes on at the issuer: "
							+ "GET /api/v1/batches/" + id);
					return 1;
				}
				Thread.sleep(poll.toMillis());
				BatchClient.Answer answer = client.batch(id);
				if (!answer.ok()) {
					return refused("Could not read the batch's progress", answer);
				}
				batch = answer.body();
			}
			int status = client.results(id, results);
			if (status != 200) {
				err.println("Could not download the results (HTTP " + status + ").");
				return 1;
			}
			int failed = batch.path("failed").asInt();
			out.printf("Done: %d issued, %d already issued, %d failed. Results: %s%n", batch.path("issued").asInt(),
					batch.path("alreadyIssued").asInt(), failed, results);
			return (failed > 0) ? 3 : 0;
		}
		catch (IOException ex) {
			err.println("Could not reach the issuer: " + ex.getMessage());
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			err.println("Interrupted; the batch goes on at the issuer.");
			return 1;
		}
	}

	private int refused(String what, BatchClient.Answer answer) {
		JsonNode problem = answer.body();
		err.println(what + " (HTTP " + answer.status() + "): " + problem.path("detail").asString(""));
		JsonNode errors = problem.path("errors");
		for (int i = 0; i < Math.min(SHOWN_ERRORS, errors.size()); i++) {
			JsonNode row = errors.get(i);
			err.println("  line " + row.path("line").asInt() + ": " + row.path("detail").asString(""));
		}
		if (errors.size() > SHOWN_ERRORS) {
			err.println("  … and " + (problem.path("invalidRows").asInt() - SHOWN_ERRORS) + " more");
		}
		return 1;
	}

}
