package org.skillcred.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator: sends one request every 1/rate seconds, evenly spaced, whatever
 * the answers, and measures each latency from the moment the request was due (so a stalled server
 * shows up in the tail instead of slowing the load down: no coordinated omission). Closed-loop
 * tools with per-worker tickers (hey -q) fire their workers in bursts, which measures the bursts.
 *
 * <pre>
 * java -cp "benchmarks/target/classes" org.skillcred.benchmarks.ConstantRateLoad \
 *     URL RATE SECONDS [API_KEY] [JSON_BODY]
 * </pre>
 *
 * Only for loopback or the project's own test hosts; it stops by itself after SECONDS.
 */
public final class ConstantRateLoad {

	private ConstantRateLoad() {
	}

	public static void main(String[] args) throws Exception {
		URI target = URI.create(args[0]);
		int rate = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		String apiKey = (args.length > 3) ? args[3] : null;
		String body = (args.length > 4) ? args[4] : null;
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger failures = new AtomicInteger();
		List<CompletableFuture<?>> inFlight = new ArrayList<>();
		long interval = 1_000_000_000L / rate;
		long start = System.nanoTime();
		long total = (long) rate * seconds;
		for (long i = 0; i < total; i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30));
			if (apiKey != null && !apiKey.isEmpty()) {
				request.header("Authorization", "Bearer " + apiKey);
			}
			request = (body != null) ? request.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)) : request.GET();
			inFlight.add(client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
				.handle((response, error) -> {
					latencies.add(System.nanoTime() - due);
					if (error != null || response.statusCode() >= 300) {
						failures.incrementAndGet();
					}
					return null;
				}));
		}
		CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
		double elapsed = (System.nanoTime() - start) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("%d requests in %.1f s (%.0f/s), %d failed (non-2xx or error)%n", sorted.size(), elapsed,
				sorted.size() / elapsed, failures.get());
		for (double p : new double[] { 50, 90, 95, 99, 99.9, 100 }) {
			int index = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1);
			System.out.printf("p%-5s %7.1f ms%n", (p == 100) ? "max" : p, sorted.get(Math.max(0, index)) / 1e6);
		}
	}

}
