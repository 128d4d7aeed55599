package se.trygghet.actor;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start, registers the authorities the plan itself names as the city's partners ("polisen, Region
 * Västmanland, Åklagarmyndigheten, Länsstyrelsen"), so interventions and forums can name them from the first day.
 */
@Component
class ActorBootstrap {

	private final ActorCatalog catalog;

	ActorBootstrap(ActorCatalog catalog) {
		this.catalog = catalog;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(5)
	void registerThePlansPartners() {
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
