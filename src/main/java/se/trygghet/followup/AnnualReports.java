package se.trygghet.followup;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.document.DocumentInfo;
import se.trygghet.document.PdfDocuments;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/**
 * Generates the annual report of a closed round as a PDF and a Word file from one compiled value, and keeps each
 * generation as a frozen snapshot that is handed out byte for byte as it was made.
 */
@Service
class AnnualReports {

	static final String PDF_TEMPLATE = "followup/annual-report";

	private final AnnualReportCompiler compiler;

	private final PdfDocuments pdf;

	private final AnnualReportDocx docx;

	private final ReportingRounds rounds;

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AnnualReports(AnnualReportCompiler compiler, PdfDocuments pdf, AnnualReportDocx docx, ReportingRounds rounds,
			JdbcClient jdbc, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.compiler = compiler;
		this.pdf = pdf;
		this.docx = docx;
		this.rounds = rounds;
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/** A generated report as listed on the round page (without its bytes). */
	public record Snapshot(UUID id, RoundId round, AnnualReport.Audience audience, String title, @Nullable String diarienummer,
			Instant generatedAt, String generatedBy, int pdfBytes, String pdfSha256, int docxBytes, String docxSha256) {
	}

	public record File(String name, String contentType, byte[] bytes, String sha256) {
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	UUID generate(RoundId roundId, AnnualReport.Audience audience, @Nullable String diarienummer,
			@Nullable String summary, Locale locale) {
		ReportingRound round = rounds.byId(roundId).orElseThrow(() -> new NotFoundException("Omgången"));
		if (round.state() != RoundState.CLOSED && round.state() != RoundState.PUBLISHED) {
			throw Refusal.of("followup.annual.roundNotClosed");
		}
		if (diarienummer != null && diarienummer.length() > 60) {
			throw Refusal.of("followup.annual.diarienummer.tooLong");
		}
		if (summary != null && summary.length() > ReportContent.MAX_TEXT) {
			throw Refusal.of("followup.text.tooLong");
		}
		AnnualReport report = compiler.compile(roundId, audience, diarienummer, summary);
		Rendered rendered = render(report, locale);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into annual_report (id, round_id, audience, title, diarienummer, summary, generated_at,
				                           generated_by, pdf, pdf_sha256, docx, docx_sha256)
				values (:id, :round, :audience, :title, :diarienummer, :summary, :at, :by, :pdf, :pdfSha, :docx, :docxSha)
				""")
			.param("id", id)
			.param("round", roundId.value())
			.param("audience", audience.name())
			.param("title", report.title())
			.param("diarienummer", report.diarienummer())
			.param("summary", report.summary())
			.param("at", Timestamp.from(clock.instant()))
			.param("by", currentUsers.actorName())
			.param("pdf", rendered.pdf())
			.param("pdfSha", sha256(rendered.pdf()))
			.param("docx", rendered.docx())
			.param("docxSha", sha256(rendered.docx()))
			.update();
		events.publishEvent(new FollowUpEvents.AnnualReportGenerated(id.toString(), roundId,
				report.title(), audience.label(), Map.of("pdfSha256", sha256(rendered.pdf()), "docxSha256",
						sha256(rendered.docx()))));
		return id;
	}

	public record Rendered(byte[] pdf, byte[] docx) {
	}

	/** Both documents of one compiled report. */
	Rendered render(AnnualReport report, Locale locale) {
		DocumentInfo info = info(report, locale);
		byte[] pdfBytes = pdf.render(PDF_TEMPLATE, pdfModel(report), locale, info);
		return new Rendered(pdfBytes, docx.write(report, info, locale));
	}

	static Map<String, Object> pdfModel(AnnualReport report) {
		return Map.of("report", report, "statuses", ActivityStatus.values(), "assessments", GoalContribution.values(),
				"groupings", Perspectives.Grouping.values(), "consultedAnswers", Perspectives.ChildrenConsulted.values(),
				"consultedYes", Perspectives.ChildrenConsulted.JA);
	}

	static DocumentInfo info(AnnualReport report, Locale locale) {
		return new DocumentInfo(report.title(), locale.getLanguage().isEmpty() ? "sv" : locale.getLanguage(),
				"Stadsledningskontoret, " + report.municipality(),
				report.roundTitle() + " – " + report.audience().label());
	}

	List<Snapshot> ofRound(RoundId roundId) {
		return jdbc.sql("""
				select id, round_id, audience, title, diarienummer, generated_at, generated_by, length(pdf) as pdf_bytes,
				       pdf_sha256, length(docx) as docx_bytes, docx_sha256
				  from annual_report where round_id = :round order by generated_at desc
				""")
			.param("round", roundId.value())
			.query((rs, n) -> new Snapshot(rs.getObject("id", UUID.class), new RoundId(rs.getObject("round_id", UUID.class)),
					AnnualReport.Audience.valueOf(rs.getString("audience")), rs.getString("title"),
					rs.getString("diarienummer"), rs.getTimestamp("generated_at").toInstant(),
					rs.getString("generated_by"), rs.getInt("pdf_bytes"), rs.getString("pdf_sha256"),
					rs.getInt("docx_bytes"), rs.getString("docx_sha256")))
			.list();
	}

	/** One stored document, exactly as generated. */
	Optional<File> file(UUID snapshotId, String format) {
		boolean word = "docx".equals(format);
		return jdbc.sql("select round_id, audience, generated_at, " + (word ? "docx, docx_sha256" : "pdf, pdf_sha256")
				+ ", (select period from reporting_round r where r.id = round_id) as period"
				+ " from annual_report where id = :id")
			.param("id", snapshotId)
			.query((rs, n) -> {
				String name = "uppfoljning-" + rs.getString("period").replaceAll("[^A-Za-z0-9-]", "_") + "-"
						+ rs.getString("audience").toLowerCase(Locale.ROOT) + "-"
						+ rs.getTimestamp("generated_at").toInstant().toString().substring(0, 10)
						+ (word ? ".docx" : ".pdf");
				return new File(name,
						word ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
								: "application/pdf",
						rs.getBytes(4), rs.getString(5));
			})
			.optional();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
