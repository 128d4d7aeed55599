package se.trygghet.plan;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * The plan's typed values as they come in a URL or a query: Spring Boot registers every {@link Converter} bean with
 * MVC once, so a controller binds {@code @PathVariable ActivityNumber number} or {@code CommitteeId} directly. A value
 * that is not one ("1.x", a tampered id) fails conversion, which Spring answers with 400 (the error page, or
 * {@code application/problem+json} on the API), never 500. ({@link IndicatorId} converts through its own
 * {@code of(String)}.) A carried item's kind binds from its URL segment ("indicators", "goals", "focus-areas").
 */
final class PlanPathVariables {

	private PlanPathVariables() {
	}

	@Component
	static final class ToActivityNumber implements Converter<String, ActivityNumber> {

		/** None for an empty value, like a committee: a form's "choose an activity" option sends that. */
		@Override
		public @Nullable ActivityNumber convert(String source) {
			return source.isBlank() ? null : ActivityNumber.parse(source);
		}

	}

	@Component
	static final class ToCommitteeId implements Converter<String, CommitteeId> {

		/** None for an empty value, as Spring's own UUID converter: the overview's filter sends "all" that way. */
		@Override
		public @Nullable CommitteeId convert(String source) {
			return source.isBlank() ? null : new CommitteeId(UUID.fromString(source.strip()));
		}

	}

	@Component
	static final class ToCarriedItemKind implements Converter<String, CarriedItems.Kind> {

		@Override
		public CarriedItems.Kind convert(String source) {
			return CarriedItems.Kind.ofPath(source);
		}

	}

}
