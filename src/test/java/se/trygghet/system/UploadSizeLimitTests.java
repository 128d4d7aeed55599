package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** Only the paths named for large files take uploads above the small limit. */
class UploadSizeLimitTests {

	private final UploadSizeLimit limit = new UploadSizeLimit(DataSize.ofBytes(10), List.of("/incidents/import"));

	private MockHttpServletResponse post(String path, int bytes) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setServletPath(path);
		request.setContent(new byte[bytes]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		limit.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void refusesAnUploadAboveTheLimitOnAnOrdinaryPath() throws Exception {
		assertThat(post("/areas/import", 11).getStatus()).isEqualTo(413);
		assertThat(post("/areas/import", 10).getStatus()).isEqualTo(200);
	}

	@Test
	void letsALargeUploadThroughOnAPathNamedForLargeFiles() throws Exception {
		assertThat(post("/incidents/import", 11).getStatus()).isEqualTo(200);
	}

}
