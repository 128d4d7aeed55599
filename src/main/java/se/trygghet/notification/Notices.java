package se.trygghet.notification;

import jakarta.mail.internet.InternetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends a notice and records it in the outbox. A failing or missing mail server never fails the change that caused
 * the notice: the outbox says what happened.
 */
@Service
public class Notices {

	private static final Logger log = LoggerFactory.getLogger(Notices.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	Notices(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> mail,
			@Value("${app.mail.from:trygghetsplattformen@localhost}") String from) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.mail = mail;
		this.from = from;
	}

	/**
	 * Sends the notice to each recipient separately, so nobody sees the others' addresses; empty or invalid addresses
	 * are skipped. One outbox entry records the notice and its recipients.
	 */
	public void send(Collection<String> recipients, String subject, String body) {
		Set<String> to = new TreeSet<>();
		for (String recipient : recipients) {
			if (recipient != null && isValid(recipient.strip())) {
				to.add(recipient.strip());
			}
		}
		if (to.isEmpty()) {
			return;
		}
		JavaMailSender sender = mail.getIfAvailable();
		String status = "NOT_SENT";
		String error = null;
		if (sender != null) {
			try {
				sender.send(to.stream().map(recipient -> {
					SimpleMailMessage message = new SimpleMailMessage();
					message.setFrom(from);
					message.setTo(recipient);
					message.setSubject(subject);
					message.setText(body);
					return message;
				}).toArray(SimpleMailMessage[]::new));
				status = "SENT";
			}
			catch (MailException ex) {
				log.warn("Could not send '{}' to {} recipients: {}", subject, to.size(), ex.getMessage());
				status = "FAILED";
				error = ex.getMessage();
			}
		}
		jdbc.sql("""
				insert into mail_outbox (created_at, recipients, subject, body, status, error)
				values (:at, :to, :subject, :body, :status, :error)
				""")
			.param("at", Timestamp.from(clock.instant()))
			.param("to", String.join(", ", to))
			.param("subject", subject)
			.param("body", body)
			.param("status", status)
			.param("error", error)
			.update();
	}

	private static boolean isValid(String address) {
		try {
			new InternetAddress(address, true);
			return address.contains("@");
		}
		catch (Exception ex) {
			return false;
		}
	}

	record OutboxEntry(long id, java.time.Instant at, String recipients, String subject, String body, String status,
			String error) {
	}

	List<OutboxEntry> latest(int limit) {
		return jdbc.sql("select * from mail_outbox order by created_at desc, id desc limit :limit")
			.param("limit", limit)
			.query((rs, n) -> new OutboxEntry(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("recipients"), rs.getString("subject"), rs.getString("body"), rs.getString("status"),
					rs.getString("error")))
			.list();
	}

}
