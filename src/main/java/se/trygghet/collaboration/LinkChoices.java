package se.trygghet.collaboration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghet.intervention.InterventionCatalog;

/**
 * The problems and interventions a medborgarlöfte can be linked to, read from the intervention module, so that a
 * coordinator picks one by its title instead of pasting its id. A choice's value names its kind and id
 * ({@code PROBLEM:…}); the title it is linked with is the one it has now.
 */
@Component
class LinkChoices {

	/** One problem or intervention as a picker offers it. */
	public record Choice(CitizenPromises.LinkKind kind, java.util.UUID ref, String title) {

		public String value() {
			return kind + ":" + ref;
		}

	}

	private final InterventionCatalog catalog;

	LinkChoices(InterventionCatalog catalog) {
		this.catalog = catalog;
	}

	/** Problems first, then interventions, each in the intervention module's order. */
	List<Choice> all() {
		List<Choice> choices = new ArrayList<>();
		catalog.problems()
			.forEach(p -> choices.add(new Choice(CitizenPromises.LinkKind.PROBLEM, p.id().value(), p.title())));
		catalog.all()
			.forEach(i -> choices
				.add(new Choice(CitizenPromises.LinkKind.INTERVENTION, i.id().value(), i.title())));
		return choices;
	}

	/** The problems or interventions of one kind that the promise is not linked to yet. */
	List<Choice> open(CitizenPromises.Promise promise, CitizenPromises.LinkKind kind) {
		java.util.Set<java.util.UUID> linked = new java.util.HashSet<>();
		promise.links().forEach(l -> linked.add(l.ref()));
		return all().stream().filter(c -> c.kind() == kind && !linked.contains(c.ref())).toList();
	}

	/** The choice a form sent, or nothing when the value names no problem or intervention there is. */
	Optional<Choice> find(@Nullable String value) {
		return value == null ? Optional.empty() : all().stream().filter(c -> c.value().equals(value.strip())).findFirst();
	}

}
