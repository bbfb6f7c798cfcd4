package org.skillcred.issuer.status;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
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

	/**
	 * Each issuer's open lists, read at most once a second rather than on every issue. A list
	 * another instance has just marked full may still be drawn from for that second; its free
	 * indexes are as good as any, and collisions there only mean drawing again.
	 */
	private final Cache<String, List<StatusList>> openLists = Caffeine
		.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(1))
		.build();

	/** Whether the database is PostgreSQL, learnt on first use. */
	private volatile @Nullable Boolean postgres;

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
			openLists.invalidate(issuerId);
		}
		throw new IllegalStateException("Could not allocate a status index for " + issuerId);
	}

	/**
	 * Claims indexes for many credentials at once, in the caller's transaction, with one batched
	 * statement per round instead of a round trip per credential. Indexes that another claim took
	 * first are drawn again; a list on which more than half the draws collide is treated as full.
	 * @param issuerId the credentials' issuer
	 * @param credentialIds the credentials
	 * @return the claimed indexes, in the order of {@code credentialIds}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Allocation> allocateAll(String issuerId, List<UUID> credentialIds) {
		Allocation[] slots = new Allocation[credentialIds.size()];
		Map<UUID, Integer> positions = new HashMap<>();
		List<Integer> waiting = new ArrayList<>();
		for (int i = 0; i < credentialIds.size(); i++) {
			waiting.add(i);
			positions.put(credentialIds.get(i), i);
		}
		Map<UUID, Integer> draws = new HashMap<>();
		Map<UUID, Integer> collisions = new HashMap<>();
		for (int round = 0; round < 100 && !waiting.isEmpty(); round++) {
			StatusList list = exclusiveList(issuerId);
			Set<Integer> drawn = new HashSet<>();
			List<Object[]> claims = new ArrayList<>(waiting.size());
			for (int position : waiting) {
				int index;
				do {
					index = RANDOM.nextInt(list.capacity());
				}
				while (!drawn.add(index));
				claims.add(new Object[] { list.id(), index, credentialIds.get(position) });
			}
			// ascending order: two transactions that draw some of the same indexes then wait on each
			// other in one direction only, never in a cycle
			claims.sort(Comparator.comparingInt(claim -> (Integer) claim[1]));
			Map<Integer, UUID> owners = claim(list.id(), claims);
			List<Integer> collided = new ArrayList<>();
			for (Object[] claimed : claims) {
				int index = (Integer) claimed[1];
				UUID credentialId = (UUID) claimed[2];
				int position = positions.get(credentialId);
				if (credentialId.equals(owners.get(index))) {
					slots[position] = new Allocation(list.id(), index);
				}
				else {
					collided.add(position);
				}
			}
			draws.merge(list.id(), waiting.size(), Integer::sum);
			collisions.merge(list.id(), collided.size(), Integer::sum);
			if (draws.get(list.id()) >= properties.maxProbes() && collisions.get(list.id()) * 2 > draws.get(list.id())) {
				lists.markFull(list.id());
				openLists.invalidate(issuerId);
			}
			waiting = collided;
		}
		if (!waiting.isEmpty()) {
			throw new IllegalStateException("Could not allocate status indexes for " + issuerId);
		}
		return List.of(slots);
	}

	/**
	 * Runs the claims and says who owns each drawn index now. On PostgreSQL: one statement over
	 * arrays, {@code RETURNING} the indexes it inserted; elsewhere (H2): a JDBC batch, whose
	 * per-row counts tell which inserts took.
	 */
	private Map<Integer, UUID> claim(UUID listId, List<Object[]> claims) {
		Map<Integer, UUID> owners = new HashMap<>();
		if (postgres()) {
			Integer[] indexes = claims.stream().map(claimed -> (Integer) claimed[1]).toArray(Integer[]::new);
			UUID[] credentials = claims.stream().map(claimed -> (UUID) claimed[2]).toArray(UUID[]::new);
			Map<Integer, UUID> wanted = new HashMap<>();
			claims.forEach(claimed -> wanted.put((Integer) claimed[1], (UUID) claimed[2]));
			jdbc.query(connection -> {
				var statement = connection.prepareStatement("insert into status_allocation (status_list_id, "
						+ "status_index, credential_id) select ?, claim.status_index, claim.credential_id from "
						+ "unnest(?::integer[], ?::uuid[]) with ordinality as claim(status_index, credential_id, position) "
						+ "order by claim.position on conflict do nothing returning status_index");
				statement.setObject(1, listId);
				statement.setArray(2, connection.createArrayOf("integer", indexes));
				statement.setArray(3, connection.createArrayOf("uuid", credentials));
				return statement;
			}, (ResultSet rs) -> {
				owners.put(rs.getInt(1), wanted.get(rs.getInt(1)));
			});
			return owners;
		}
		int[] counts = jdbc.batchUpdate(CLAIM, claims);
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				owners.put((Integer) claims.get(i)[1], (UUID) claims.get(i)[2]);
			}
		}
		return owners;
	}

	private boolean postgres() {
		Boolean known = postgres;
		if (known == null) {
			known = Boolean.TRUE.equals(jdbc.execute((Connection connection) -> "PostgreSQL"
				.equals(connection.getMetaData().getDatabaseProductName())));
			postgres = known;
		}
		return known;
	}

	/**
	 * An open list no other bulk allocation is drawing from, locked until the caller's transaction
	 * ends; a new list when every open one is taken. Two chunks drawing from one list would often
	 * draw a common index, and the second would then wait for the first to commit; with a list
	 * each, batch workers on any number of instances never wait for each other. The lock
	 * ({@code FOR NO KEY UPDATE} on PostgreSQL) does not block single issuance, whose claims only
	 * need the list row to exist.
	 */
	private StatusList exclusiveList(String issuerId) {
		String lock = postgres() ? "for no key update skip locked" : "for update skip locked";
		List<UUID> free = jdbc.queryForList("select id from status_list where issuer_id = ? and full_list = false "
				+ "order by created_at limit 1 " + lock, UUID.class, issuerId);
		if (!free.isEmpty()) {
			return lists.findById(free.getFirst()).orElseThrow();
		}
		return lists.save(StatusList.open(issuerId, properties.capacity(), clock.instant()));
	}

	private StatusList openList(String issuerId) {
		List<StatusList> open = openLists.get(issuerId, lists::findByIssuerIdAndFullListFalseOrderByCreatedAt);
		if (!open.isEmpty()) {
			// spread concurrent issuance over the open lists
			return open.get(RANDOM.nextInt(open.size()));
		}
		openLists.invalidate(issuerId);
		return lists.save(StatusList.open(issuerId, properties.capacity(), clock.instant()));
	}

}
