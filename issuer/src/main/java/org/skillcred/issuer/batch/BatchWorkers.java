package org.skillcred.issuer.batch;

import java.util.ArrayList;
import java.util.List;
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

	private final BatchStore store;

	private final BatchChunks chunks;

	private final BatchProperties properties;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition work = lock.newCondition();

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

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
				// a lost database connection or a deadlock victim: the chunk rolled back, try again soon
				log.warn("Batch chunk failed and was rolled back; retrying: {}", ex.toString());
			}
			if (!worked) {
				idle();
			}
		}
	}

	/** Works through running batches, oldest first; true when any row was done. */
	boolean workOnce() {
		boolean worked = false;
		for (Batch batch : store.running()) {
			int done;
			while (running && (done = chunks.issueNext(batch)) > 0) {
				worked = true;
				if (done < properties.chunkSize()) {
					break;
				}
			}
			if (!running) {
				break;
			}
			chunks.completeIfDone(batch);
		}
		return worked;
	}

	private void idle() {
		lock.lock();
		try {
			if (running) {
				work.await(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
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
