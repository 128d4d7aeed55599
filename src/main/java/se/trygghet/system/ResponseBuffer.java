package se.trygghet.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a whole page in the response's buffer and sends it when the request is done. Spring Session commits a
 * session both when the response is committed and when its filter ends, and the second commit reads the session from
 * the database again (its {@code findById}, the security context deserialised): every Thymeleaf page committed its
 * response, by flushing the writer after rendering and, above the container's 8 kB, by its size, so a page cost two
 * reads of the session against one per JSON answer. This filter runs inside Spring Session's, grows the buffer and
 * leaves flushes to the end of the request. Nothing here streams; a response larger than the buffer is still sent
 * as it is written. Tomcat keeps a grown buffer with its request processor: memory per worker thread, not per request.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class ResponseBuffer extends OncePerRequestFilter {

	private final int size;

	ResponseBuffer(@Value("${app.web.response-buffer:64KB}") DataSize size) {
		if (size.toBytes() < 1 || size.toBytes() > DataSize.ofMegabytes(1).toBytes()) {
			throw new IllegalArgumentException("app.web.response-buffer must be between 1 B and 1 MB: " + size);
		}
		this.size = (int) size.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (response.getBufferSize() < size && !response.isCommitted()) {
			response.setBufferSize(size);
		}
		chain.doFilter(request, new FlushAtEnd(response));
	}

	/** A response whose flushes wait for the end of the request, where the container sends what is left. */
	private static final class FlushAtEnd extends HttpServletResponseWrapper {

		private @Nullable PrintWriter writer;

		private @Nullable ServletOutputStream stream;

		FlushAtEnd(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (writer == null) {
				writer = new PrintWriter(new FilterWriter(super.getWriter()) {
					@Override
					public void flush() {
					}
				});
			}
			return writer;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (stream == null) {
				ServletOutputStream out = super.getOutputStream();
				stream = new ServletOutputStream() {
					@Override
					public void write(int b) throws IOException {
						out.write(b);
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						out.write(bytes, offset, length);
					}

					@Override
					public void flush() {
					}

					@Override
					public void close() throws IOException {
						out.close();
					}

					@Override
					public boolean isReady() {
						return out.isReady();
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						out.setWriteListener(listener);
					}
				};
			}
			return stream;
		}

		@Override
		public void flushBuffer() {
		}

	}

}
