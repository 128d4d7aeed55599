package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghet.PlatformIntegrationTest;

@PlatformIntegrationTest
class QueryPlansTests {

	@Autowired
	QueryPlans plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void plansGenericallyForTheRestOfTheTransactionOnly() {
		String inside = transactions.execute(status -> {
			plans.genericForThisTransaction();
			return setting();
		});
		String after = transactions.execute(status -> setting());

		assertThat(inside).isEqualTo("force_generic_plan");
		assertThat(after).isEqualTo("auto");
	}

	@Test
	void refusesOutsideATransaction() {
		assertThatThrownBy(() -> plans.genericForThisTransaction()).isInstanceOf(IllegalStateException.class);
	}

	private String setting() {
		return jdbc.sql("show plan_cache_mode").query(String.class).single();
	}

}
