package se.trygghet.collaboration;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaId;

/**
 * What the public site may show of medborgarlöften: published promises, each with only its published follow-ups.
 * Nothing unpublished can be read through here, so the public site cannot show it by mistake.
 */
@Component
public class PublishedPromises {

	private final CitizenPromises promises;

	PublishedPromises(CitizenPromises promises) {
		this.promises = promises;
	}

	/** A published follow-up: when, how it stands ({@code ON_TRACK}, {@code DELAYED}, {@code DONE}), and what was said. */
	public record FollowUp(LocalDate followedOn, String status, String text) {
	}

	/** A published promise; {@code demo} marks invented ones, which the site must label as demo data. */
	public record Promise(CitizenPromiseId id, int year, String municipalityParty, String policeParty,
			@Nullable AreaId area, @Nullable String areaName, String text, @Nullable String agreementTitle,
			@Nullable String agreementReference, List<FollowUp> followUps, boolean demo) {

		public Promise {
			followUps = List.copyOf(followUps);
		}

	}

	/** Every published promise, newest year first. */
	public List<Promise> all() {
		return promises.published().stream().map(PublishedPromises::view).toList();
	}

	private static Promise view(CitizenPromises.Promise p) {
		return new Promise(p.id(), p.year(), p.municipalityParty(), p.policeName(), p.area(), p.areaName(), p.text(),
				p.agreement() == null ? null : p.agreement().title(),
				p.agreement() == null ? null : p.agreement().reference(),
				p.followUps().stream().map(f -> new FollowUp(f.followedOn(), f.status().name(), f.text())).toList(),
				p.demo());
	}

}
