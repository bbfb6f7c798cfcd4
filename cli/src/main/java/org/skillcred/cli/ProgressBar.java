package org.skillcred.cli;

import java.io.PrintStream;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * Draws a batch's progress: redrawn in place on a terminal, one line every few seconds otherwise
 * (logs, CI).
 */
final class ProgressBar {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final boolean interactive;

	private long lastLine;

	ProgressBar(PrintStream out, boolean interactive) {
		this.out = out;
		this.interactive = interactive;
	}

	void show(JsonNode batch) {
		boolean done = "COMPLETED".equals(batch.path("state").asString());
		if (!interactive && !done && System.currentTimeMillis() - lastLine < 3000) {
			return;
		}
		lastLine = System.currentTimeMillis();
		String line = line(batch);
		if (interactive) {
			out.print("\r" + line + (done ? "\n" : ""));
		}
		else {
			out.println(line);
		}
		out.flush();
	}

	static String line(JsonNode batch) {
		int total = Math.max(1, batch.path("total").asInt());
		int done = total - batch.path("remaining").asInt();
		int filled = (int) ((long) done * WIDTH / total);
		String eta = batch.path("estimatedSecondsLeft").isNumber()
				? duration(batch.path("estimatedSecondsLeft").asLong()) : "--:--";
		return String.format(Locale.ROOT, "[%s%s] %3d%% %,d/%,d  issued %,d  already %,d  failed %,d  %,.0f rows/s  ETA %s",
				"#".repeat(filled), "-".repeat(WIDTH - filled), (int) ((long) done * 100 / total), done, total,
				batch.path("issued").asInt(), batch.path("alreadyIssued").asInt(), batch.path("failed").asInt(),
				batch.path("rowsPerSecond").asDouble(), eta);
	}

	private static String duration(long seconds) {
		return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
	}

}
