package se.trygghet.residentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import se.trygghet.PlatformIntegrationTest;

/**
 * Residents' photos cannot be used to load the server: the form is checked before a photo is read, every submission
 * counts toward the rate limit, photos are decoded a few at a time, and photos no report claims are deleted soon.
 */
@PlatformIntegrationTest
class ResidentPhotoLoadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PhotoDecoding decoding;

	@Autowired
	ResidentReporting reporting;

	@Autowired
	List<RecurringTask<?>> tasks;

	static MockMultipartHttpServletRequestBuilder withPhoto(String address, double[] place, String description, byte[] photo) {
		return multipart("/rapportera").file(new MockMultipartFile("photo", "IMG_2001.JPG", "image/jpeg", photo))
			.with(csrf())
			.with(r -> {
				r.setRemoteAddr(address);
				return r;
			})
			.param("category", "klotter")
			.param("latitude", Double.toString(place[0]))
			.param("longitude", Double.toString(place[1]))
			.param("description", description);
	}

	long pendingPhotos() {
		return jdbc.sql("select count(*) from resident_pending_photo").query(Long.class).single();
	}

	long reports() {
		return jdbc.sql("select count(*) from resident_report").query(Long.class).single();
	}

	@Test
	void countsRefusedSubmissionsWithALargePhotoTowardTheLimitAndKeepsNoPhotoOfThem() throws Exception {
		String address = ResidentReportTests.client();
		byte[] large = ResidentPhotoTests.image("jpeg", 3000, 2000);
		long pending = pendingPhotos();
		long before = reports();
		for (int i = 0; i < 5; i++) {
			mvc.perform(withPhoto(address, ResidentReportTests.somewhere(), "", large))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Beskriv vad som gör platsen otrygg.")));
		}
		assertThat(pendingPhotos()).as("photos kept for refused reports").isEqualTo(pending);
		mvc.perform(withPhoto(address, ResidentReportTests.somewhere(), "Klotter på hela muren", large)
			.param("confirmedNew", "true"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		assertThat(reports()).isEqualTo(before);
		assertThat(pendingPhotos()).isEqualTo(pending);
	}

	@Test
	void checksTheFormBeforeReadingThePhotoAndAsksForItAgain() throws Exception {
		byte[] damaged = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
		mvc.perform(withPhoto(ResidentReportTests.client(), ResidentReportTests.somewhere(), "", damaged))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Beskriv vad som gör platsen otrygg.")))
			.andExpect(content().string(Matchers.containsString("Bifoga det igen när du skickar.")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Bilden gick inte att läsa"))));
	}

	@Test
	void refusesAPhotoWhileEveryDecoderIsBusyWithAClearMessageAndTakesItOnceOneIsFree() throws Exception {
		double[] place = ResidentReportTests.somewhere();
		long before = reports();
		int decoders = decoding.decoders.drainPermits();
		try {
			mvc.perform(withPhoto(ResidentReportTests.client(), place, "Krossad busskur", ResidentPhotoTests.jpegWithGps())
				.param("confirmedNew", "true"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().exists("Retry-After"))
				.andExpect(content().string(Matchers.containsString("Många skickar foton just nu")))
				.andExpect(content().string(Matchers.containsString("Krossad busskur")));
			assertThat(reports()).isEqualTo(before);
		}
		finally {
			decoding.decoders.release(decoders);
		}
		mvc.perform(withPhoto(ResidentReportTests.client(), place, "Krossad busskur", ResidentPhotoTests.jpegWithGps())
			.param("confirmedNew", "true")).andExpect(status().is3xxRedirection());
		assertThat(reports()).isEqualTo(before + 1);
	}

	@Test
	void deletesAPhotoNoReportClaimedWithinHalfAnHourEveryFewMinutes() throws Exception {
		ReportPhotos.Photo photo = ReportPhotos.clean(ResidentPhotoTests.jpegWithGps());
		UUID abandoned = reporting.keepPending(photo);
		UUID recent = reporting.keepPending(photo);
		jdbc.sql("update resident_pending_photo set created_at = :at where id = :id")
			.param("at", Timestamp.from(Instant.now().minus(31, ChronoUnit.MINUTES)))
			.param("id", abandoned)
			.update();
		RecurringTask<?> cleanup = tasks.stream()
			.filter(task -> task.getName().equals("residentreport-pending-photos"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no job deletes unclaimed photos"));
		run(cleanup);
		assertThat(reporting.pending(abandoned)).isEmpty();
		assertThat(reporting.pending(recent)).isPresent();
		reporting.dropPending(recent);
	}

	private static <T> void run(RecurringTask<T> task) {
		task.execute(new TaskInstance<>(task.getName(), RecurringTask.INSTANCE), null);
	}

}
