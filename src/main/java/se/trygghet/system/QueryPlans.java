package se.trygghet.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How a read of many small, fixed statements asks PostgreSQL to plan each statement once per connection instead of
 * once per execution. PostgreSQL plans a prepared statement anew for its first executions and whenever it judges a
 * custom plan for the parameters worth it, which for parameters it cannot see through (a text-search query, a list
 * of committees) it keeps judging. For the search and the start pages, a dozen such statements per request, planning
 * cost more than running: generic plans gave the search 27 % more throughput on one node and its API 59 % in the
 * benchmark (BENCHMARKS.md, "Generic plans for the search and the start pages").
 * <p>
 * Only for statements whose plan does not depend on their parameters' values (no partial index chosen by a
 * parameter, no skewed range); the setting ends with the transaction.
 */
@Component
public class QueryPlans {

	private final JdbcClient jdbc;

	QueryPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current transaction's later statements run on generic plans. Must be called inside a transaction. */
	public void genericForThisTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Generic plans are set per transaction, and none is active");
		}
		jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
	}

}
