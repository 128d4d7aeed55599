package se.trygghet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/**
 * A notice goes out over SMTP when a mail server is configured (GreenMail, in-process), and is always recorded in the
 * outbox; a failing server never fails the change that caused the notice. The platform's shared test context has no
 * mail server, so each case builds its own {@link Notices} on that context's database with the sender it needs.
 */
@PlatformIntegrationTest
class NoticesTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	private Notices notices(JavaMailSender sender) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (sender != null) {
			beans.addBean("mailSender", sender);
		}
		ObjectProvider<JavaMailSender> provider = beans.getBeanProvider(JavaMailSender.class);
		return new Notices(jdbc, clock, provider, "trygghetsplattformen@vasteras.example");
	}

	private static JavaMailSenderImpl server(String host, int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(host);
		sender.setPort(port);
		return sender;
	}

	private Map<String, Object> outbox(String subject) {
		return jdbc.sql("select recipients, status, error, body from mail_outbox where subject = :s")
			.param("s", subject)
			.query()
			.singleRow();
	}

	private static String subject() {
		return "Uppföljningen har öppnat " + UUID.randomUUID();
	}

	@Test
	void mailsEachRecipientSeparatelyAndRecordsTheNoticeAsSent() throws Exception {
		String subject = subject();
		notices(server("127.0.0.1", smtp.getSmtp().getPort())).send(
				List.of("kerstin@vasteras.example", " ali@vasteras.example ", "kerstin@vasteras.example", "", "inte en adress"),
				subject, "Välkommen att rapportera.");
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(2);
		// nobody sees the other recipients' addresses
		assertThat(Arrays.stream(received).map(message -> {
			try {
				return Arrays.toString(message.getAllRecipients());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		})).containsExactlyInAnyOrder("[kerstin@vasteras.example]", "[ali@vasteras.example]");
		assertThat(received[0].getSubject()).isEqualTo(subject);
		assertThat(received[0].getFrom()[0].toString()).isEqualTo("trygghetsplattformen@vasteras.example");
		assertThat(outbox(subject)).containsEntry("status", "SENT")
			.containsEntry("recipients", "ali@vasteras.example, kerstin@vasteras.example")
			.containsEntry("error", null);
	}

	@Test
	void keepsTheNoticeInTheOutboxWhenNoMailServerIsConfigured() {
		String subject = subject();
		notices(null).send(List.of("kerstin@vasteras.example"), subject, "Välkommen att rapportera.");
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(outbox(subject)).containsEntry("status", "NOT_SENT").containsEntry("body", "Välkommen att rapportera.");
	}

	@Test
	void neverFailsTheCallerWhenTheMailServerFailsButRecordsWhy() {
		String subject = subject();
		// nothing listens on the discard port: the connection is refused at once
		assertThatCode(() -> notices(server("127.0.0.1", 9)).send(List.of("kerstin@vasteras.example"), subject, "Text"))
			.doesNotThrowAnyException();
		assertThat(outbox(subject)).containsEntry("status", "FAILED");
		assertThat((String) outbox(subject).get("error")).isNotBlank();
	}

	@Test
	void recordsNothingWhenNoRecipientHasAnAddress() {
		String subject = subject();
		notices(server("127.0.0.1", smtp.getSmtp().getPort())).send(List.of("", "  ", "ingen-snabel-a"), subject, "Text");
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(jdbc.sql("select count(*) from mail_outbox where subject = :s").param("s", subject)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void showsTheOutboxToAdminsOnly() throws Exception {
		String subject = subject();
		notices(null).send(List.of("kerstin@vasteras.example"), subject, "Text");
		mvc.perform(get("/admin/outbox").with(TestUsers.as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(subject)));
		mvc.perform(get("/admin/outbox").with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isForbidden());
	}

}
