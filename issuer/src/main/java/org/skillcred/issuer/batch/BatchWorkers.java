package org.skillcred.issuer.batch;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The background workers of this instance: each takes the oldest running batch, issues it chunk
 * by chunk and looks again, sleeping when there is nothing to do until an upload wakes it or the
 * poll interval passes (work uploaded to another instance is found that way). Every instance runs
 * its own workers against the shared database; {@code FOR UPDATE SKIP LOCKED} keeps them apart.
 * <p>
 * On shutdown the workers finish the chunk in hand and stop; rows not yet claimed stay pending for
 * the next start or another instance. After a crash, uncommitted chunks roll back and are issued
 * again from scratch, so nothing is issued twice and nothing is lost.
 */
@Component
class BatchWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BatchWorkers.class);

	/** The longest pause before a failing batch is tried again. */
	private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	private final BatchStore store;

	private final BatchChunks chunks;

	private final BatchProperties properties;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition work = lock.newCondition();

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	private final Map<UUID, Backoff> failing = new ConcurrentHashMap<>();

	BatchWorkers(BatchStore store, BatchChunks chunks, BatchProperties properties) {
		this.store = store;
		this.chunks = chunks;
		this.properties = properties;
	}

	@Override
	public void start() {
		running = true;
		for (int i = 0; i < properties.workers(); i++) {
			threads.add(Thread.ofPlatform().name("batch-worker-" + i).daemon(true).start(this::work));
		}
	}

	@Override
	public void stop() {
		running = false;
		wakeUp();
		for (Thread thread : threads) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		threads.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Wakes idle workers: a batch was just uploaded. */
	void wakeUp() {
		lock.lock();
		try {
			work.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	private void work() {
		while (running) {
			boolean worked = false;
			try {
				worked = workOnce();
			}
			catch (RuntimeException ex) {
				// the list of batches could not be read (database down): try again after a pause
				log.warn("Batch workers cannot read the batch queue: {}", describe(ex));
			}
			if (!worked) {
				idle();
			}
		}
	}

	/**
	 * One round over the running batches, oldest first, one chunk each, so a partner's huge batch
	 * does not hold up another's small one. A batch whose chunk fails (the transaction rolled back:
	 * a lost connection, a deadlock victim, a missing key) is left alone for a while, longer each
	 * time, and the others go on.
	 * @return true when any row was done
	 */
	boolean workOnce() {
		boolean worked = false;
		for (Batch batch : store.running()) {
			if (!running) {
				break;
			}
			Backoff backoff = failing.get(batch.id());
			if (backoff != null && System.nanoTime() < backoff.retryAt()) {
				continue;
			}
			try {
				if (chunks.issueNext(batch) > 0) {
					worked = true;
				}
				else {
					chunks.completeIfDone(batch);
				}
				failing.remove(batch.id());
			}
			catch (RuntimeException ex) {
				int failures = (backoff != null) ? backoff.failures() + 1 : 1;
				long pause = Math.min(MAX_BACKOFF.toNanos(), properties.pollInterval().toNanos() << Math.min(failures, 10));
				failing.put(batch.id(), new Backoff(failures, System.nanoTime() + pause));
				// the exception's class and SQL state only: driver messages can quote row values
				log.warn("A chunk of batch {} failed and was rolled back (failure {}); retrying later: {}", batch.id(),
						failures, describe(ex));
			}
		}
		return worked;
	}

	/** Failures of a batch's chunks in a row, and when to try it again. */
	private record Backoff(int failures, long retryAt) {
	}

	private static String describe(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && !(cause instanceof SQLException)) {
			cause = cause.getCause();
		}
		String state = (cause instanceof SQLException sql) ? " (SQL state " + sql.getSQLState() + ")" : "";
		return ex.getClass().getSimpleName() + state;
	}

	private void idle() {
		lock.lock();
		try {
			if (running) {
				work.await(Math.max(100, properties.pollInterval().toMillis()), TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
		finally {
			lock.unlock();
		}
	}

}
