package org.skillcred.issuer.status;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One status list of an issuer. The bits are not stored here: they are the states of the
 * credentials allocated to the list, so a list can never disagree with its credentials. The
 * {@code revision} moves forward in the same transaction as every state change, and names the
 * published version (its ETag).
 */
@Table("status_list")
public class StatusList {

	@Id
	private final UUID id;

	private final String issuerId;

	private final int capacity;

	private boolean fullList;

	private final long revision;

	private final Instant createdAt;

	private final Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	StatusList(UUID id, String issuerId, int capacity, boolean fullList, long revision, Instant createdAt,
			Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.issuerId = issuerId;
		this.capacity = capacity;
		this.fullList = fullList;
		this.revision = revision;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static StatusList open(String issuerId, int capacity, Instant now) {
		return new StatusList(UUID.randomUUID(), issuerId, capacity, false, 0, now, now, null);
	}

	public UUID id() {
		return id;
	}

	public String issuerId() {
		return issuerId;
	}

	public int capacity() {
		return capacity;
	}

	public long revision() {
		return revision;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	boolean isFull() {
		return fullList;
	}

}
