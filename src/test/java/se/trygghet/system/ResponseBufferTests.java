package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.util.unit.DataSize;

/**
 * A page bigger than the container's default buffer is sent once, at the end, so Spring Session reads a signed-in
 * user's session once per page and not once more for the commit the page's size caused.
 */
class ResponseBufferTests {

	/** Spring Session's in-memory repository, counting its reads. */
	static class CountingRepository extends MapSessionRepository {

		int reads;

		CountingRepository() {
			super(new ConcurrentHashMap<>());
		}

		@Override
		public MapSession findById(String id) {
			reads++;
			return super.findById(id);
		}

	}

	/**
	 * A page as Thymeleaf renders one: it uses the session, writes its text in one piece and flushes; it notes whether
	 * the response was committed by then.
	 */
	static class Page extends HttpServlet {

		final int length;

		boolean committedWhileRendering;

		Page(int length) {
			this.length = length;
		}

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
			request.getSession().getAttribute("SPRING_SECURITY_CONTEXT");
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("x".repeat(length));
			response.getWriter().flush();
			committedWhileRendering = response.isCommitted();
		}

	}

	final CountingRepository sessions = new CountingRepository();

	final MapSession signedIn = sessions.createSession();

	/** The page through Spring Session's filter, with the given filters after it (where the buffer's order puts it). */
	MockHttpServletResponse page(Page page, Filter... inside) throws Exception {
		sessions.save(signedIn);
		sessions.reads = 0;
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		String cookie = Base64.getEncoder().encodeToString(signedIn.getId().getBytes());
		request.setCookies(new Cookie("SESSION", cookie));
		MockHttpServletResponse response = new MockHttpServletResponse();
		List<Filter> filters = new ArrayList<>();
		filters.add(new SessionRepositoryFilter<>(sessions));
		filters.addAll(List.of(inside));
		new MockFilterChain(page, filters.toArray(Filter[]::new)).doFilter(request, response);
		return response;
	}

	/** A small page that only flushes, and a start page's size, above the container's default 8 kB. */
	@ParameterizedTest
	@ValueSource(ints = { 1024, 13 * 1024 })
	void readsTheSessionOnceForAPageThatFlushesItsWriter(int length) throws Exception {
		Page page = new Page(length);
		MockHttpServletResponse response = page(page, new ResponseBuffer(DataSize.ofKilobytes(64)));
		assertThat(page.committedWhileRendering).isFalse();
		assertThat(response.getContentAsString()).hasSize(length);
		assertThat(sessions.reads).isEqualTo(1);
	}

	@Test
	void withoutItSpringSessionReadsTheSessionAgainForTheCommitAFlushCauses() throws Exception {
		// why the filter exists; should Spring Session stop doing this, it can go
		page(new Page(1024));
		assertThat(sessions.reads).isEqualTo(2);
	}

	@Test
	void sendsAPageLargerThanTheBufferAsItIsWritten() throws Exception {
		Page page = new Page(13 * 1024);
		MockHttpServletResponse response = page(page, new ResponseBuffer(DataSize.ofKilobytes(8)));
		assertThat(page.committedWhileRendering).isTrue();
		assertThat(response.getContentAsString()).hasSize(13 * 1024);
	}

	@Test
	void leavesTheOutputStreamsFlushToTheEndToo() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		boolean[] committed = new boolean[1];
		HttpServlet json = new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse res) throws IOException {
				res.getOutputStream().write("{\"a\":1}".getBytes());
				res.getOutputStream().flush();
				res.flushBuffer();
				committed[0] = res.isCommitted();
			}
		};
		new MockFilterChain(json, new ResponseBuffer(DataSize.ofKilobytes(64)))
			.doFilter(new MockHttpServletRequest("GET", "/api/x"), response);
		assertThat(committed[0]).isFalse();
		assertThat(response.getContentAsString()).isEqualTo("{\"a\":1}");
	}

	@Test
	void neverShrinksALargerBuffer() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setBufferSize(256 * 1024);
		new MockFilterChain(new Page(10), new ResponseBuffer(DataSize.ofKilobytes(64)))
			.doFilter(new MockHttpServletRequest("GET", "/"), response);
		assertThat(response.getBufferSize()).isEqualTo(256 * 1024);
	}

	@Test
	void refusesASizeOutsideOneByteToOneMegabyte() {
		assertThatThrownBy(() -> new ResponseBuffer(DataSize.ofBytes(0))).hasMessageContaining("app.web.response-buffer");
		assertThatThrownBy(() -> new ResponseBuffer(DataSize.ofMegabytes(2)))
			.hasMessageContaining("app.web.response-buffer");
	}

}
