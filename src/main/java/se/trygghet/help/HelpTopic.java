package se.trygghet.help;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.trygghet.identity.Role;

/**
 * Every help page, by the name in its address ({@code /help/gi-star}) and in {@code fragments/help :: link('gi-star')}.
 * Its texts are messages {@code help.topic.<name>.*}; {@link #related} are the topics it links on to, {@link #places}
 * where a role does its work. A topic residents meet on the public site ({@link #isPublic}) is also served under
 * {@code /oppen/hjalp}.
 */
enum HelpTopic {

	GI_STAR("gi-star", Kind.METHOD, false, List.of("fdr", "kde"), List.of()),
	FDR("fdr", Kind.METHOD, false, List.of("gi-star", "poisson-flag"), List.of()),
	KDE("kde", Kind.METHOD, false, List.of("gi-star"), List.of()),
	POISSON_FLAG("poisson-flag", Kind.METHOD, false, List.of("fdr"), List.of()),
	DID("did", Kind.METHOD, false, List.of("wdq", "costs"), List.of()),
	WDQ("wdq", Kind.METHOD, false, List.of("did"), List.of()),
	VERDICTS("verdicts", Kind.METHOD, true, List.of("disclosure"), List.of()),
	DISCLOSURE("disclosure", Kind.METHOD, true, List.of("verdicts"), List.of()),
	COSTS("costs", Kind.METHOD, false, List.of("did"), List.of()),

	COORDINATOR("coordinator", Kind.ROLE, false, List.of("verdicts", "disclosure"),
			List.of(new Place("/rounds", "nav.followup"), new Place("/plans", "nav.plans"),
					new Place("/consultations", "nav.consultations"), new Place("/resident-reports", "nav.residentCases"))),
	REPORTER("reporter", Kind.ROLE, false, List.of("verdicts"),
			List.of(new Place("/my-reports", "nav.myReports"), new Place("/resident-reports", "nav.residentCases"),
					new Place("/consultations", "nav.consultations"))),
	ANALYST("analyst", Kind.ROLE, false, List.of("poisson-flag", "gi-star", "kde", "did", "wdq"),
			List.of(new Place("/situation", "nav.situation"), new Place("/situation/hotspots", "situation.hotspots.title"),
					new Place("/problems", "nav.problems"), new Place("/indicators", "nav.indicators"))),
	VIEWER("viewer", Kind.ROLE, false, List.of("verdicts"),
			List.of(new Place("/plans", "nav.plans"), new Place("/indicators", "nav.indicators"),
					new Place("/rounds", "nav.followup"))),
	FIELD_REPORTER("field-reporter", Kind.ROLE, false, List.of(),
			List.of(new Place("/incidents/new", "situation.incident.new"), new Place("/incidents/mine", "situation.mine.title"))),
	PARTNER("partner", Kind.ROLE, false, List.of("did"),
			List.of(new Place("/forums", "nav.forums"), new Place("/problems", "nav.problems"))),
	ADMIN("admin", Kind.ROLE, false, List.of("disclosure"),
			List.of(new Place("/admin/users", "nav.users"), new Place("/audit", "nav.audit"))),
	RESIDENT("resident", Kind.ROLE, true, List.of("verdicts", "disclosure"),
			List.of(new Place("/rapportera", "nav.residentReport"), new Place("/oppen/indikatorer", "public.nav.indicators")));

	enum Kind {

		METHOD, ROLE

	}

	/** A page where a role does a task, named by an existing message key (the navigation's own words). */
	public record Place(String path, String labelKey) {
	}

	private final String key;

	private final Kind kind;

	private final boolean isPublic;

	private final List<String> related;

	private final List<Place> places;

	HelpTopic(String key, Kind kind, boolean isPublic, List<String> related, List<Place> places) {
		this.key = key;
		this.kind = kind;
		this.isPublic = isPublic;
		this.related = related;
		this.places = places;
	}

	String key() {
		return key;
	}

	Kind kind() {
		return kind;
	}

	boolean isPublic() {
		return isPublic;
	}

	List<String> related() {
		return related;
	}

	List<Place> places() {
		return places;
	}

	static Optional<HelpTopic> of(String key) {
		return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
	}

	/** The help page of each role a signed-in user has. */
	static List<HelpTopic> forRoles(Set<Role> roles) {
		return roles.stream().sorted().map(role -> switch (role) {
			case ADMIN -> ADMIN;
			case COORDINATOR -> COORDINATOR;
			case COMMITTEE_REPORTER -> REPORTER;
			case ANALYST -> ANALYST;
			case VIEWER -> VIEWER;
			case FIELD_REPORTER -> FIELD_REPORTER;
			case PARTNER -> PARTNER;
		}).toList();
	}

}
