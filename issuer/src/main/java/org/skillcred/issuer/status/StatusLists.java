package org.skillcred.issuer.status;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks a status list changed, in the same transaction as the credential state change it
 * reflects, so the next request for the list gets a new revision.
 */
@Service
public class StatusLists {

	private final StatusListRepository lists;

	private final Clock clock;

	StatusLists(StatusListRepository lists, Clock clock) {
		this.lists = lists;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void markChanged(UUID listId) {
		if (lists.bumpRevision(listId, clock.instant()) != 1) {
			throw new IllegalStateException("Status list " + listId + " does not exist");
		}
	}

}
