package se.trygghet.actor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start, first of all, registers the authorities the plan itself names as the city's partners ("polisen, Region
 * Västmanland, Åklagarmyndigheten, Länsstyrelsen"), so interventions and forums can name them from the first day.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ActorBootstrap implements ApplicationRunner {

	private final ActorCatalog catalog;

	ActorBootstrap(ActorCatalog catalog) {
		this.catalog = catalog;
	}

	/** Runs before the other start-up work (demo runners and ready listeners), which may name these actors. */
	@Override
	public void run(ApplicationArguments args) {
		ensure("Polisen", "Polismyndigheten, lokalpolisområde Västerås");
		ensure("Region Västmanland", null);
		ensure("Åklagarmyndigheten", null);
		ensure("Länsstyrelsen Västmanland", null);
	}

	private void ensure(String name, @org.jspecify.annotations.Nullable String description) {
		try {
			catalog.ensure(name, ActorType.MYNDIGHET, description, false);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			// another node starting at the same moment registered it first
		}
	}

}
