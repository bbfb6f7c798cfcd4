package org.skillcred.issuer.status;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands each credential a random index in one of its issuer's open status lists.
 * <p>
 * Indexes are drawn at random (so an index says nothing about when or to whom a credential was
 * issued) and claimed with {@code INSERT … ON CONFLICT DO NOTHING} on the primary key
 * (list, index): whichever instance claims an index first owns it, the others draw again, and no
 * lock is held on a shared row. A list that yields {@code max-probes} collisions in a row is
 * treated as full and a new list is opened, so lists fill to well over half without long searches.
 * Claims are never deleted, so an index is never reused.
 */
@Component
public class StatusIndexAllocator {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String CLAIM = "insert into status_allocation (status_list_id, status_index, credential_id) "
			+ "values (?, ?, ?) on conflict do nothing";

	private final StatusListRepository lists;

	private final JdbcTemplate jdbc;

	private final StatusProperties properties;

	private final Clock clock;

	StatusIndexAllocator(StatusListRepository lists, JdbcTemplate jdbc, StatusProperties properties, Clock clock) {
		this.lists = lists;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A claimed index.
	 *
	 * @param listId the status list
	 * @param index the index within it
	 */
	public record Allocation(UUID listId, int index) {
	}

	/**
	 * Claims an index for a credential, in the caller's transaction: if that transaction rolls
	 * back, no credential was issued and the claim goes with it.
	 * @param issuerId the credential's issuer
	 * @param credentialId the credential
	 * @return the claimed index
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Allocation allocate(String issuerId, UUID credentialId) {
		for (int attempt = 0; attempt < 100; attempt++) {
			StatusList list = openList(issuerId);
			for (int probe = 0; probe < properties.maxProbes(); probe++) {
				int index = RANDOM.nextInt(list.capacity());
				if (jdbc.update(CLAIM, list.id(), index, credentialId) == 1) {
					return new Allocation(list.id(), index);
				}
			}
			lists.markFull(list.id());
		}
		throw new IllegalStateException("Could not allocate a status index for " + issuerId);
	}

	private StatusList openList(String issuerId) {
		List<StatusList> open = lists.findByIssuerIdAndFullListFalseOrderByCreatedAt(issuerId);
		if (!open.isEmpty()) {
			// spread concurrent issuance over the open lists
			return open.get(RANDOM.nextInt(open.size()));
		}
		return lists.save(StatusList.open(issuerId, properties.capacity(), clock.instant()));
	}

}
