package se.trygghet.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.chart.Charts;
import se.trygghet.chart.PngChart;
import se.trygghet.document.DocumentInfo;
import se.trygghet.document.WordDocument;

/**
 * The annual report as an editable Word file: the same sections, tables, texts and charts as the PDF template, each
 * chart a picture under its title with the same text alternative as in the PDF.
 */
@Component
class AnnualReportDocx {

	/** The width of a chart on an A4 page with Word's default margins. */
	private static final double CHART_WIDTH_INCHES = 6.0;

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private final MessageSource messages;

	private final Charts charts;

	AnnualReportDocx(MessageSource messages, Charts charts) {
		this.messages = messages;
		this.charts = charts;
	}

	byte[] write(AnnualReport report, DocumentInfo info, Locale locale) {
		Labels l = new Labels(messages, locale);
		WordDocument doc = new WordDocument(info);
		doc.title(report.title(),
				List.of(report.municipality(), l.get("followup.annual.audience") + ": " + report.audience().label(),
						l.get("followup.annual.period") + ": " + report.period(),
						l.get("followup.annual.date") + ": " + report.date(),
						l.get("followup.annual.diarienummer") + ": "
								+ (report.diarienummer() == null ? "–" : report.diarienummer()),
						l.get("followup.annual.generatedBy")));
		if (report.demo()) {
			doc.paragraph(l.get("followup.demo.note"));
		}
		// the focus areas and the parts around them, as in the PDF's table of contents
		doc.pageBreak().tableOfContents(l.get("followup.annual.toc"), 1);

		doc.pageBreak().heading(1, l.get("followup.annual.summary")).paragraph(report.summary());
		doc.paragraph(l.get("followup.annual.totals", report.totals().activities(), report.totals().approved()));
		List<List<String>> statusRows = new ArrayList<>();
		for (ActivityStatus status : ActivityStatus.values()) {
			statusRows.add(List.of(l.status(status), String.valueOf(report.totals().count(status))));
		}
		statusRows.add(List.of(l.get("followup.annual.noStatus"), String.valueOf(report.totals().unreported())));
		doc.table(List.of(l.get("followup.report.status"), l.get("followup.annual.count")), statusRows);
		List<List<String>> assessmentRows = new ArrayList<>();
		for (GoalContribution assessment : GoalContribution.values()) {
			assessmentRows.add(List.of(l.assessment(assessment), String.valueOf(report.totals().count(assessment))));
		}
		doc.table(List.of(l.get("followup.report.assessment"), l.get("followup.annual.count")), assessmentRows);

		int pictures = 0;
		for (AnnualReport.Section section : report.focusAreas()) {
			doc.pageBreak().heading(1, l.get("followup.annual.focusArea", section.number(), section.title()));
			doc.paragraph(section.description());
			doc.heading(2, l.get("followup.annual.goals"));
			section.goals().forEach(goal -> doc.paragraph("• " + goal));
			doc.heading(2, l.get("followup.annual.indicators"));
			if (!section.indicators().isEmpty()) {
				doc.table(
						List.of(l.get("followup.annual.indicator"), l.get("plan.indicator.direction"),
								l.get("plan.indicator.source"), l.get("followup.annual.figures")),
						section.indicators()
							.stream()
							.map(i -> List.of(i.name() + " (" + i.unit() + ")", l.get("direction." + i.direction()),
									i.source(), i.figures().isEmpty() ? l.get("followup.annual.noFigures") : i.figures()))
							.toList());
			}
			for (AnnualReport.IndicatorRow indicator : section.indicators()) {
				AnnualReport.Figure figure = indicator.chart();
				if (figure != null) {
					// drawn in Swedish, as the figure's title and text alternative are (see IndicatorFigures)
					PngChart png = charts.png(figure.chart(), SWEDISH);
					doc.figure(figure.title(), png.png(), "diagram-" + (++pictures) + ".png", CHART_WIDTH_INCHES,
							png.heightFor(CHART_WIDTH_INCHES), figure.alternativeText());
				}
			}
			doc.heading(2, l.get("followup.annual.activities"));
			doc.table(
					List.of(l.get("followup.export.activity"), l.get("followup.annual.responsible"),
							l.get("followup.report.status"), l.get("followup.report.assessment")),
					section.activities()
						.stream()
						.map(a -> List.of(a.number().toString(), a.lead(), l.statusOrNone(a.status()),
								a.assessment() == null ? "–" : l.assessment(a.assessment())))
						.toList());
			doc.heading(2, l.get("followup.annual.narratives"));
			for (AnnualReport.ActivityEntry a : section.activities()) {
				doc.heading(3, l.get("followup.annual.activity", a.number(), a.text()));
				String responsible = a.lead() + " (" + l.get("followup.annual.lead") + ")"
						+ (a.coResponsible().isEmpty() ? "" : ", " + String.join(", ", a.coResponsible()));
				doc.labelled(l.get("followup.annual.responsible"), responsible);
				doc.labelled(l.get("followup.report.status"), l.statusOrNone(a.status()));
				doc.labelled(l.get("followup.export.reason"), a.statusReason());
				if (a.ending() != null) {
					doc.paragraph(l.get(a.ending().messageKey(), a.ending().messageArgs()));
				}
				doc.labelled(l.get("followup.export.done"), a.done());
				doc.labelled(l.get("followup.export.effects"), a.effects());
				doc.labelled(l.get("followup.report.nextSteps"), a.nextSteps());
				doc.labelled(l.get("followup.report.assessment"),
						a.assessment() == null ? null : l.assessment(a.assessment()));
				for (AnnualReport.ContributionEntry c : a.contributions()) {
					doc.labelled(l.get("followup.annual.contribution", c.committee()), l.statusOrNone(c.status())
							+ (c.assessment() == null ? "" : " – " + l.assessment(c.assessment())));
					doc.paragraph(c.statusReason());
					doc.paragraph(c.done());
				}
			}
		}

		perspectives(doc, report.perspectives(), l);

		doc.pageBreak().heading(1, l.get("followup.annual.appendix")).paragraph(l.get("followup.annual.appendix.lead"));
		for (AnnualReport.CommitteeAppendix committee : report.committees()) {
			doc.heading(2, committee.committee());
			doc.table(
					List.of(l.get("followup.export.activity"), l.get("followup.annual.role"),
							l.get("followup.report.status"), l.get("followup.report.assessment"),
							l.get("followup.report.state")),
					committee.rows()
						.stream()
						.map(r -> List.of(r.number() + " " + r.text(),
								l.get(r.lead() ? "followup.annual.role.lead" : "followup.annual.role.co"),
								r.status() == null ? "–" : l.status(r.status()),
								r.assessment() == null ? "–" : l.assessment(r.assessment()),
								l.get("followup.reportState." + r.state())))
						.toList());
		}
		return doc.toBytes();
	}

	/** The chapter on perspectives, as the PDF template writes it. */
	private static void perspectives(WordDocument doc, AnnualReport.PerspectiveChapter p, Labels l) {
		PerspectiveCounts counts = p.counts();
		String of = String.valueOf(counts.reports());
		doc.pageBreak().heading(1, l.get("followup.annual.perspectives.title"));
		doc.paragraph(l.get("followup.annual.perspectives.intro"));
		List<List<String>> addressing = new ArrayList<>();
		addressing.add(List.of(l.get("followup.perspectives.childRights.short"), String.valueOf(counts.childRights()), of));
		addressing.add(
				List.of(l.get("followup.perspectives.genderEquality.short"), String.valueOf(counts.genderEquality()), of));
		for (Perspectives.Grouping g : Perspectives.Grouping.values()) {
			addressing.add(List.of(l.get("followup.perspectives.grouping." + g), String.valueOf(counts.grouping(g)), of));
		}
		doc.paragraph(l.get("followup.annual.perspectives.countsCaption", counts.reports()));
		doc.table(List.of(l.get("followup.annual.perspectives.perspective"), l.get("followup.annual.perspectives.addressing"),
				l.get("followup.annual.perspectives.ofReports")), addressing);
		doc.paragraph(l.get("followup.annual.perspectives.consulted", counts.consulted(Perspectives.ChildrenConsulted.JA),
				counts.reports(), counts.consultedNotStated()));
		List<List<String>> answers = new ArrayList<>();
		for (Perspectives.ChildrenConsulted c : Perspectives.ChildrenConsulted.values()) {
			answers.add(List.of(l.get("followup.perspectives.consulted." + c), String.valueOf(counts.consulted(c))));
		}
		answers.add(List.of(l.get("followup.perspectives.consulted.none"), String.valueOf(counts.consultedNotStated())));
		doc.paragraph(l.get("followup.perspectives.childrenConsulted"));
		doc.table(List.of(l.get("followup.annual.perspectives.answer"), l.get("followup.annual.count")), answers);

		doc.heading(2, l.get("followup.annual.perspectives.texts"));
		if (p.entries().isEmpty()) {
			doc.paragraph(l.get("followup.annual.perspectives.noTexts"));
		}
		for (AnnualReport.PerspectiveEntry e : p.entries()) {
			Perspectives said = e.perspectives();
			doc.heading(3, l.get("followup.annual.activity", e.number(), e.text()) + " (" + e.lead() + ")");
			doc.labelled(l.get("followup.perspectives.childRights.short"), said.childRights());
			doc.labelled(l.get("followup.perspectives.childrenConsulted"),
					l.get("followup.perspectives.consulted." + (said.childrenConsulted() == null ? "none"
							: said.childrenConsulted().name())));
			doc.labelled(l.get("followup.perspectives.genderEquality.short"), said.genderEquality());
			doc.labelled(l.get("followup.perspectives.otherGroupings.short") + (said.groupings().isEmpty() ? ""
					: " (" + String.join(", ", said.groupings()
						.stream()
						.map(g -> l.get("followup.perspectives.grouping." + g))
						.toList()) + ")"), said.otherGroupings());
		}

		List<String> headers = List.of(l.get("followup.annual.indicator"), l.get("followup.annual.perspectives.group"),
				l.get("followup.annual.perspectives.value", p.period()));
		doc.heading(2, l.get("followup.annual.perspectives.gender", p.period()));
		doc.paragraph(l.get("followup.annual.perspectives.breakdownIntro", p.period()));
		if (p.gender().isEmpty()) {
			doc.paragraph(l.get("followup.annual.perspectives.noGender"));
		}
		else {
			doc.table(headers, p.gender().stream().map(r -> List.of(r.indicator(), r.group(), r.value())).toList());
		}
		doc.heading(2, l.get("followup.annual.perspectives.age", p.period()));
		if (p.age().isEmpty()) {
			doc.paragraph(l.get("followup.annual.perspectives.noAge", p.period()));
		}
		else {
			doc.table(headers, p.age().stream().map(r -> List.of(r.indicator(), r.group(), r.value())).toList());
		}
	}

	/** The same message texts the PDF template uses, so both documents read alike. */
	private record Labels(MessageSource messages, Locale locale) {

		String get(String code, Object... args) {
			return messages.getMessage(code, args, locale);
		}

		String status(ActivityStatus status) {
			return get("followup.status." + status);
		}

		String statusOrNone(@Nullable ActivityStatus status) {
			return status == null ? get("followup.annual.noStatus") : status(status);
		}

		String assessment(GoalContribution assessment) {
			return get("followup.assessment." + assessment);
		}

	}

}
