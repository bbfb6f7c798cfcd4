package org.skillcred.issuer.credential;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Prometheus counters of the credential life cycle, counted once the change is committed:
 * {@code skillcred_credentials_issued_total} and {@code skillcred_credentials_changed_total}
 * by change (revoke, suspend, reinstate).
 */
@Component
class CredentialMetrics {

	private final MeterRegistry meters;

	CredentialMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@TransactionalEventListener
	void onIssued(CredentialIssued event) {
		meters.counter("skillcred.credentials.issued").increment();
	}

	void changed(CredentialLifecycle.Change change) {
		meters.counter("skillcred.credentials.changed", "change", change.name().toLowerCase(Locale.ROOT))
			.increment();
	}

}
