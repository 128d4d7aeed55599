package se.trygghet.indicator;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.indicator.IndicatorImports.Kind;
import se.trygghet.indicator.IndicatorImports.State;
import se.trygghet.indicator.IndicatorImports.Trigger;
import se.trygghet.indicator.ImportRuns.Problem;
import se.trygghet.indicator.kolada.KoladaClient;
import se.trygghet.indicator.kolada.KoladaException;
import se.trygghet.indicator.kolada.KoladaFetch;
import se.trygghet.indicator.kolada.KoladaValue;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.system.Refusal;

/**
 * Loads Kolada's figures for every indicator whose plan definition names a Kolada KPI: the municipality
 * {@code app.indicator.kolada.municipality} (default 1980), the last {@code years-back} years up to this year, with
 * source {@value #SOURCE}, for the municipality's area. T is the total; K and M are {@code kon=kvinnor}/{@code kon=man},
 * or {@code flickor}/{@code pojkar} where those are the indicator's options; a gender the indicator is not broken down
 * by is skipped and noted. A missing figure is stored as MISSING with no value, never 0.
 * <p>
 * Each KPI is fetched and written as one batch through {@link Measurements#upsert}, so a KPI that fails (Kolada down,
 * a value refused) leaves the others written and the run PARTLY_FAILED. Only one Kolada run at a time, across every
 * node: starting one inserts a RUNNING run, which a unique index allows once.
 */
@Service
class KoladaImport {

	static final String SOURCE = "Kolada";

	/** A run still RUNNING after this long was left by a node that stopped; it no longer blocks the next. */
	static final Duration ABANDONED_AFTER = Duration.ofHours(3);

	/** The refusal of a run while another Kolada run is RUNNING (the message the import page shows). */
	static final String ALREADY_RUNNING = "indicator.imports.kolada.running";

	private static final Logger log = LoggerFactory.getLogger(KoladaImport.class);

	private final KoladaClient client;

	private final Measurements measurements;

	private final IndicatorSetups setups;

	private final PlanCatalog plans;

	private final AreaCatalog areas;

	private final ImportRuns runs;

	private final CurrentUsers currentUsers;

	private final Executor background;

	private final Clock clock;

	private final String municipality;

	private final int yearsBack;

	KoladaImport(KoladaClient client, Measurements measurements, IndicatorSetups setups, PlanCatalog plans,
			AreaCatalog areas, ImportRuns runs, CurrentUsers currentUsers,
			@Qualifier("applicationTaskExecutor") Executor background, Clock clock,
			@Value("${app.indicator.kolada.municipality:1980}") String municipality,
			@Value("${app.indicator.kolada.years-back:10}") int yearsBack) {
		this.client = client;
		this.measurements = measurements;
		this.setups = setups;
		this.plans = plans;
		this.areas = areas;
		this.runs = runs;
		this.currentUsers = currentUsers;
		this.background = background;
		this.clock = clock;
		this.municipality = municipality;
		if (yearsBack < 1 || yearsBack > 50) {
			throw new IllegalArgumentException("app.indicator.kolada.years-back must be 1 to 50: " + yearsBack);
		}
		this.yearsBack = yearsBack;
	}

	/** An indicator with the Kolada KPI its plan names. */
	public record Mapped(IndicatorId indicator, String kpi, IndicatorSetup setup) {
	}

	/** Starts a run for a person and carries it out in the background; the run's id to follow it by. */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	UUID startManual() {
		Plan plan = plan();
		UUID run = begin(Trigger.MANUAL, currentUsers.actorName(), plan);
		background.execute(() -> carryOut(run, plan, client));
		return run;
	}

	/** The nightly run, in the scheduler's thread; a run already going is left to finish. */
	Optional<UUID> runNightly() {
		Plan plan = plan();
		UUID run;
		try {
			run = begin(Trigger.NIGHTLY, CurrentUsers.SYSTEM, plan);
		}
		catch (Refusal running) {
			log.info("Nightly Kolada import skipped: another Kolada import is running");
			return Optional.empty();
		}
		carryOut(run, plan, client);
		return Optional.of(run);
	}

	/** A whole run, now, with this client (tests point one at a local stub). */
	UUID run(Trigger trigger, String startedBy, KoladaClient with) {
		Plan plan = plan();
		UUID run = begin(trigger, startedBy, plan);
		carryOut(run, plan, with);
		return run;
	}

	/** What a run asks for: the mapped indicators and the years. */
	public record Plan(List<Mapped> indicators, int fromYear, int toYear) {

		List<String> kpis() {
			return indicators.stream().map(Mapped::kpi).distinct().toList();
		}

	}

	Plan plan() {
		int year = LocalDate.now(clock).getYear();
		return new Plan(mapped(), year - yearsBack, year);
	}

	/** Every indicator with a setup whose plan definition names a Kolada KPI, in the plans' order. */
	List<Mapped> mapped() {
		Map<IndicatorId, IndicatorSetups.Stored> stored = setups.all();
		Set<ActionPlanId> planIds = new LinkedHashSet<>();
		stored.values().forEach(s -> planIds.add(s.plan()));
		List<Mapped> mapped = new ArrayList<>();
		for (ActionPlanId plan : planIds) {
			plans.outline(plan)
				.ifPresent(outline -> outline.focusAreas()
					.forEach(f -> f.indicators()
						.stream()
						.filter(i -> i.koladaKpi() != null && !i.koladaKpi().isBlank() && stored.containsKey(i.id()))
						.forEach(i -> mapped.add(new Mapped(i.id(), i.koladaKpi().strip(), stored.get(i.id()).setup())))));
		}
		return mapped;
	}

	private UUID begin(Trigger trigger, String startedBy, Plan plan) {
		runs.abandon(ABANDONED_AFTER);
		try {
			return runs.start(Kind.KOLADA, trigger, startedBy, null, plan.kpis(), municipality, plan.fromYear(),
					plan.toYear(), SOURCE);
		}
		catch (DuplicateKeyException ex) {
			// another Kolada run is RUNNING: this one is not started
			throw Refusal.of(ALREADY_RUNNING);
		}
	}

	private void carryOut(UUID run, Plan plan, KoladaClient with) {
		Totals totals = new Totals();
		try {
			Optional<AreaId> area = areas.area(municipality, AreaLevel.KOMMUN, municipality).map(AreaCatalog.AreaRef::id);
			if (area.isEmpty()) {
				totals.fail("The municipality " + municipality + " is not among the areas; nothing was fetched.");
			}
			else if (plan.indicators().isEmpty()) {
				totals.note(null, "No indicator has a Kolada KPI id; nothing was fetched.");
			}
			else {
				Map<String, List<Mapped>> byKpi = new LinkedHashMap<>();
				plan.indicators().forEach(m -> byKpi.computeIfAbsent(m.kpi(), k -> new ArrayList<>()).add(m));
				byKpi.forEach((kpi, indicators) -> importKpi(kpi, indicators, area.get(), plan, with, totals));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Kolada import failed", ex);
			totals.fail(String.valueOf(ex.getMessage()));
		}
		runs.finish(run, totals.result());
	}

	private void importKpi(String kpi, List<Mapped> indicators, AreaId area, Plan plan, KoladaClient with,
			Totals totals) {
		KoladaFetch fetch;
		try {
			fetch = with.fetch(List.of(kpi), municipality, plan.fromYear(), plan.toYear());
		}
		catch (KoladaException | IllegalArgumentException ex) {
			if (ex instanceof KoladaException failure) {
				totals.requests += failure.requests();
				totals.retries += failure.retries();
			}
			totals.failKpi(kpi, kpi + ": " + ex.getMessage());
			return;
		}
		totals.pages += fetch.pages();
		totals.requests += fetch.requests();
		totals.retries += fetch.retries();
		fetch.problems().forEach(p -> totals.note(kpi, p));
		List<NewMeasurement> values = new ArrayList<>();
		for (Mapped indicator : indicators) {
			totals.indicators.add(indicator.indicator());
			Map<KoladaValue.Gender, Skipped> skipped = new EnumMap<>(KoladaValue.Gender.class);
			for (KoladaValue figure : fetch.values()) {
				Breakdown breakdown = breakdown(figure.gender(), indicator.setup());
				if (breakdown == null) {
					skipped.computeIfAbsent(figure.gender(), g -> new Skipped()).add(figure);
					continue;
				}
				values.add(new NewMeasurement(indicator.indicator(), String.valueOf(figure.year()), area,
						breakdown.key(), SOURCE, figure.value(),
						figure.missing() ? MeasurementStatus.MISSING : MeasurementStatus.NORMAL, null, null, null,
						NewMeasurement.FIRST_METHOD, null, false));
			}
			skipped.forEach((gender, years) -> totals.note(kpi, years.note(kpi, gender)));
		}
		totals.rows += values.size();
		Measurements.Outcome outcome;
		try {
			outcome = currentUsers.asSystem(Set.of(Role.COORDINATOR), Set.of(), () -> measurements.upsert(values));
		}
		catch (RuntimeException ex) {
			totals.failKpi(kpi, kpi + ": " + ex.getMessage());
			return;
		}
		if (!outcome.written()) {
			outcome.problems()
				.forEach(p -> totals.note(kpi, kpi + ": " + p.code() + " " + String.join(", ", p.args())));
			totals.failKpi(kpi, kpi + ": the figures were refused; nothing was written for this KPI.");
			return;
		}
		totals.succeeded++;
		totals.added += outcome.added();
		totals.changed += outcome.changed();
		totals.unchanged += outcome.unchanged();
		totals.missing += (int) values.stream().filter(v -> v.status() == MeasurementStatus.MISSING).count();
	}

	/**
	 * The breakdown for Kolada's gender letter: T is the total; K and M the indicator's options for women and men
	 * (kvinnor/man, or flickor/pojkar for an indicator about children); null when the indicator has neither.
	 */
	static @Nullable Breakdown breakdown(KoladaValue.Gender gender, IndicatorSetup setup) {
		if (gender == KoladaValue.Gender.TOTAL) {
			return Breakdown.TOTAL;
		}
		List<String> options = setup.breakdowns().getOrDefault(FileImport.GENDER, List.of());
		String adult = gender == KoladaValue.Gender.WOMEN ? "kvinnor" : "man";
		String child = gender == KoladaValue.Gender.WOMEN ? "flickor" : "pojkar";
		if (options.contains(adult)) {
			return Breakdown.of(FileImport.GENDER, adult);
		}
		if (options.contains(child)) {
			return Breakdown.of(FileImport.GENDER, child);
		}
		return null;
	}

	/**
	 * The years of Kolada's figures for a gender the indicator is not broken down by, which are not stored: one note
	 * per KPI and gender rather than one per year, and a figure Kolada lacks said to be missing, not to be a figure.
	 */
	private static final class Skipped {

		final SortedSet<Integer> figures = new TreeSet<>();

		final SortedSet<Integer> missing = new TreeSet<>();

		void add(KoladaValue figure) {
			(figure.missing() ? missing : figures).add(figure.year());
		}

		String note(String kpi, KoladaValue.Gender gender) {
			List<String> what = new ArrayList<>();
			if (!figures.isEmpty()) {
				what.add("figures for " + years(figures));
			}
			if (!missing.isEmpty()) {
				what.add("missing at Kolada for " + years(missing));
			}
			return kpi + ", gender " + gender.code() + ": not stored, since the indicator is not broken down by gender ("
					+ String.join("; ", what) + ").";
		}

		/** Years as spans, e.g. "2016–2019, 2021"; never called with none. */
		private static String years(SortedSet<Integer> years) {
			List<String> spans = new ArrayList<>();
			int first = years.first();
			int last = first;
			for (int year : years.tailSet(first + 1)) {
				if (year != last + 1) {
					spans.add(first == last ? String.valueOf(first) : first + "–" + last);
					first = year;
				}
				last = year;
			}
			spans.add(first == last ? String.valueOf(first) : first + "–" + last);
			return String.join(", ", spans);
		}

	}

	/** What a run has done so far. */
	private static final class Totals {

		final List<Problem> problems = new ArrayList<>();

		final Set<IndicatorId> indicators = new LinkedHashSet<>();

		final List<String> failed = new ArrayList<>();

		int succeeded;

		int rows;

		int added;

		int changed;

		int unchanged;

		int missing;

		int pages;

		int requests;

		int retries;

		@Nullable
		String error;

		void note(@Nullable String kpi, String text) {
			problems.add(Problem.text(kpi, text));
		}

		void failKpi(String kpi, String message) {
			failed.add(kpi);
			note(kpi, message);
		}

		void fail(String message) {
			error = message;
		}

		ImportRuns.Result result() {
			State state;
			String message = error;
			if (message != null) {
				state = State.FAILED;
			}
			else if (failed.isEmpty()) {
				state = State.SUCCEEDED;
			}
			else if (succeeded == 0) {
				state = State.FAILED;
				message = "No KPI could be imported: " + problems.stream()
					.filter(p -> failed.contains(p.column()))
					.map(Problem::text)
					.reduce((a, b) -> a + " " + b)
					.orElse("");
			}
			else {
				state = State.PARTLY_FAILED;
				message = "Failed for " + String.join(", ", failed) + "; the other KPIs were written.";
			}
			return new ImportRuns.Result(state, rows, added, changed, unchanged, missing, problems, problems.size(),
					message, indicators, pages, requests, retries);
		}

	}

}
