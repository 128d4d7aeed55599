package se.trygghet.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.trygghet.indicator.Period;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.system.Refusal;

/**
 * One year's follow-up of a plan. Opening it creates the work (a report per activity, a contribution per
 * co-responsible committee); reports are accepted while it is open and its deadline has not passed; closing it hands
 * the reports to Stadsledningskontoret for compilation; publishing makes it public.
 */
final class ReportingRound {

	private static final Pattern YEAR = Pattern.compile("\\b(19|20)[0-9]{2}\\b");

	private final RoundId id;

	private final ActionPlanId plan;

	private final String period;

	private final String title;

	private final LocalDate opensOn;

	private final LocalDate deadline;

	private RoundState state;

	private @Nullable Instant openedAt;

	private @Nullable Instant closedAt;

	private @Nullable Instant publishedAt;

	private final int version;

	private final @Nullable RoundId copiedFrom;

	ReportingRound(RoundId id, ActionPlanId plan, String period, String title, LocalDate opensOn, LocalDate deadline,
			RoundState state, @Nullable Instant openedAt, @Nullable Instant closedAt, @Nullable Instant publishedAt,
			int version, @Nullable RoundId copiedFrom) {
		this.id = Objects.requireNonNull(id);
		this.plan = Objects.requireNonNull(plan);
		this.period = requireText(period, "period");
		this.title = requireText(title, "title");
		this.opensOn = Objects.requireNonNull(opensOn);
		this.deadline = Objects.requireNonNull(deadline);
		if (deadline.isBefore(opensOn)) {
			throw new IllegalArgumentException("The deadline is before the round opens");
		}
		this.state = state;
		this.openedAt = openedAt;
		this.closedAt = closedAt;
		this.publishedAt = publishedAt;
		this.version = version;
		this.copiedFrom = copiedFrom;
	}

	static ReportingRound plan(ActionPlanId plan, String period, String title, LocalDate opensOn, LocalDate deadline) {
		return new ReportingRound(RoundId.random(), plan, period, title, opensOn, deadline, RoundState.DRAFT, null,
				null, null, 0, null);
	}

	/** The next period's round of the same plan, which starts each activity from where this round left it. */
	ReportingRound next(String period, String title, LocalDate opensOn, LocalDate deadline) {
		if (state == RoundState.DRAFT) {
			throw Refusal.of("followup.round.copy.notStarted");
		}
		return new ReportingRound(RoundId.random(), plan, period, title, opensOn, deadline, RoundState.DRAFT, null,
				null, null, 0, id);
	}

	private static String requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(what + " is required");
		}
		return value.strip();
	}

	void open(Instant now) {
		if (state != RoundState.DRAFT) {
			throw Refusal.of("followup.round.open.notDraft");
		}
		state = RoundState.OPEN;
		openedAt = now;
	}

	void close(Instant now) {
		if (state != RoundState.OPEN) {
			throw Refusal.of("followup.round.close.notOpen");
		}
		state = RoundState.CLOSED;
		closedAt = now;
	}

	void publish(Instant now) {
		if (state != RoundState.CLOSED) {
			throw Refusal.of("followup.round.publish.notClosed");
		}
		state = RoundState.PUBLISHED;
		publishedAt = now;
	}

	/** Committees may write and submit while the round is open, up to and including the deadline day. */
	void requireAcceptingReports(LocalDate today) {
		if (state != RoundState.OPEN) {
			throw Refusal.of("followup.round.notOpen");
		}
		if (today.isAfter(deadline)) {
			throw Refusal.of("followup.round.deadlinePassed");
		}
	}

	/** Review (return, approve, reopen) goes on while the round is open or closed, not after publication. */
	void requireReviewable() {
		if (state != RoundState.OPEN && state != RoundState.CLOSED) {
			throw Refusal.of("followup.round.notReviewable");
		}
	}

	RoundId id() {
		return id;
	}

	ActionPlanId plan() {
		return plan;
	}

	String period() {
		return period;
	}

	/**
	 * The period the round reports on, as indicator values are dated, so that its annual report shows nothing measured
	 * later: the period as written ("2022", "2023H1"), else the last year named in it ("2022 (helår)"), else the year
	 * before the round opened.
	 */
	Period reportedPeriod() {
		try {
			return Period.parse(period);
		}
		catch (IllegalArgumentException notAPeriod) {
			Matcher years = YEAR.matcher(period);
			Period last = null;
			while (years.find()) {
				last = Period.year(Integer.parseInt(years.group()));
			}
			return last != null ? last : Period.year(opensOn.getYear() - 1);
		}
	}

	String title() {
		return title;
	}

	LocalDate opensOn() {
		return opensOn;
	}

	LocalDate deadline() {
		return deadline;
	}

	RoundState state() {
		return state;
	}

	@Nullable Instant openedAt() {
		return openedAt;
	}

	@Nullable Instant closedAt() {
		return closedAt;
	}

	@Nullable Instant publishedAt() {
		return publishedAt;
	}

	int version() {
		return version;
	}

	@Nullable RoundId copiedFrom() {
		return copiedFrom;
	}

}
