package se.trygghet.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The servlet container's upload limit is one for the whole application and must fit the largest file any feature
 * takes (an incident file of a million rows). Most features read their upload into memory before checking their own
 * limit, so every other path keeps the old, smaller limit here: a request whose declared length is above it is
 * refused before its body is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadSizeLimit extends OncePerRequestFilter {

	private final long limit;

	private final List<String> largePaths;

	UploadSizeLimit(@Value("${app.upload.max-request-size:26MB}") DataSize limit,
			@Value("${app.upload.large-paths:}") List<String> largePaths) {
		this.limit = limit.toBytes();
		this.largePaths = largePaths.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getContentLengthLong() <= limit || largePaths.contains(request.getServletPath());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
	}

}
