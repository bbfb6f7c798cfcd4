package org.skillcred.issuer.status;

import java.util.List;

import org.skillcred.core.status.BitstringStatusCheck;
import org.skillcred.issuer.signing.SigningKeyRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of status-list publication: the newest open list of the platform issuer can be read,
 * encoded and signed, which is what every verifier's revocation check depends on. Reported as
 * {@code statusLists}.
 */
@Component("statusListsHealthIndicator")
class StatusListsHealth implements HealthIndicator {

	private final StatusListRepository lists;

	private final StatusListPublisher publisher;

	private final SigningKeyRegistry keys;

	StatusListsHealth(StatusListRepository lists, StatusListPublisher publisher, SigningKeyRegistry keys) {
		this.lists = lists;
		this.publisher = publisher;
		this.keys = keys;
	}

	@Override
	public Health health() {
		try {
			List<StatusList> open = lists.findByIssuerIdAndFullListFalseOrderByCreatedAt(keys.identity().did());
			if (open.isEmpty()) {
				return Health.up().withDetail("lists", "none yet").build();
			}
			StatusListPublisher.Published published = publisher.bitstring(open.getLast().id(),
					BitstringStatusCheck.REVOCATION);
			return Health.up().withDetail("revision", published.revision()).build();
		}
		catch (RuntimeException ex) {
			return Health.down().withDetail("error", "status lists cannot be published").build();
		}
	}

}
