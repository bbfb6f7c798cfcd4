package org.skillcred.issuer.batch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Prometheus counters of batch issuance. */
@Component
class BatchMetrics {

	private final Counter submitted;

	private final Counter completed;

	private final Counter issued;

	private final Counter alreadyIssued;

	private final Counter failed;

	BatchMetrics(MeterRegistry registry) {
		this.submitted = Counter.builder("skillcred.batches.submitted").description("Batches uploaded").register(registry);
		this.completed = Counter.builder("skillcred.batches.completed").description("Batches worked through").register(registry);
		this.issued = rows(registry, "issued");
		this.alreadyIssued = rows(registry, "already_issued");
		this.failed = rows(registry, "failed");
	}

	private static Counter rows(MeterRegistry registry, String outcome) {
		return Counter.builder("skillcred.batch.rows").description("Batch rows worked through, by outcome")
			.tag("outcome", outcome)
			.register(registry);
	}

	void submitted() {
		submitted.increment();
	}

	void completed() {
		completed.increment();
	}

	void rows(int issuedRows, int alreadyIssuedRows, int failedRows) {
		issued.increment(issuedRows);
		alreadyIssued.increment(alreadyIssuedRows);
		failed.increment(failedRows);
	}

}
