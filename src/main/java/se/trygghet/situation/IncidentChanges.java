package se.trygghet.situation;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the incident writes this node has committed, so that results computed from incidents (the hot-spot map, the
 * situation picture) can be kept until the incidents change. It is counted in memory and only after commit: a
 * counter row in the database would be locked by a million-row import for its whole transaction and make every
 * report from the field wait. Another node's writes are seen when the kept results expire ({@link RecentResults}).
 */
@Component
class IncidentChanges {

	private final AtomicLong committed = new AtomicLong();

	/** Called in the transaction that writes incidents: the count moves when, and only if, it commits. */
	void written() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					committed.incrementAndGet();
				}
			});
		}
		else {
			committed.incrementAndGet();
		}
	}

	long version() {
		return committed.get();
	}

}
