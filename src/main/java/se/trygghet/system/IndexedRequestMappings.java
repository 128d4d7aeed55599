package se.trygghet.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds a request's controller method among the mappings whose first path segment can match it, instead of among
 * all of them. Spring MVC looks up a path holding a variable (such as {@code /plans/{key}}) by testing every mapping
 * of the application in turn, each test asking the request for its method through the chain of wrappers the filters
 * put around it; with about 190 mappings that was a tenth of a signed-in page's time (docs/BENCHMARKS.md).
 *
 * <p>Mappings are indexed by the first segment of each of their patterns; a pattern that starts with a variable or a
 * wildcard is a candidate for every path. Among the candidates Spring's own rules decide: mappings naming the exact
 * path come first, then the best by Spring's comparator. Whatever the candidates do not settle the same way — no
 * match (so Spring can answer 404, 405 or 415 as usual), a tie, a CORS preflight — goes to Spring's full lookup.
 */
class IndexedRequestMappings extends RequestMappingHandlerMapping {

	private volatile @Nullable Index index;

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, java.lang.reflect.Method method) {
		super.registerMapping(mapping, handler, method);
		index = null;
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		index = null;
	}

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		if (CorsUtils.isPreFlightRequest(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		List<Match> direct = new ArrayList<>(2);
		List<Match> others = new ArrayList<>(2);
		for (Candidate candidate : index().candidates(lookupPath)) {
			RequestMappingInfo matched = getMatchingMapping(candidate.info(), request);
			if (matched != null) {
				(candidate.info().getDirectPaths().contains(lookupPath) ? direct : others)
					.add(new Match(matched, candidate.method()));
			}
		}
		List<Match> matches = direct.isEmpty() ? others : direct;
		if (matches.isEmpty()) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		Match best = matches.get(0);
		if (matches.size() > 1) {
			Comparator<RequestMappingInfo> comparator = getMappingComparator(request);
			matches.sort((a, b) -> comparator.compare(a.info(), b.info()));
			best = matches.get(0);
			if (comparator.compare(best.info(), matches.get(1).info()) == 0) {
				// Spring names both methods in its error
				return super.lookupHandlerMethod(lookupPath, request);
			}
		}
		request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best.method());
		handleMatch(best.info(), lookupPath, request);
		return best.method();
	}

	/** Spring's lookup over every mapping, which this one must agree with (see the tests). */
	@Nullable HandlerMethod lookupAmongAll(String lookupPath, HttpServletRequest request) throws Exception {
		return super.lookupHandlerMethod(lookupPath, request);
	}

	private Index index() {
		Index current = index;
		if (current == null) {
			current = new Index(getHandlerMethods());
			index = current;
		}
		return current;
	}

	/** The first segment of a path or pattern: {@code "plans"} for {@code /plans/{key}}, {@code ""} for {@code /}. */
	static String firstSegment(String path) {
		int start = path.startsWith("/") ? 1 : 0;
		int end = path.indexOf('/', start);
		return end < 0 ? path.substring(start) : path.substring(start, end);
	}

	private record Candidate(RequestMappingInfo info, HandlerMethod method) {
	}

	private record Match(RequestMappingInfo info, HandlerMethod method) {
	}

	private static final class Index {

		private final Map<String, List<Candidate>> bySegment = new HashMap<>();

		/** Mappings whose patterns may match any first segment; every path's candidates include them. */
		private final List<Candidate> anySegment;

		Index(Map<RequestMappingInfo, HandlerMethod> mappings) {
			Map<String, Set<Candidate>> literal = new HashMap<>();
			Set<Candidate> wild = new LinkedHashSet<>();
			mappings.forEach((info, method) -> {
				Candidate candidate = new Candidate(info, method);
				Set<String> patterns = info.getPatternValues();
				if (patterns.isEmpty()) {
					wild.add(candidate);
				}
				for (String pattern : patterns) {
					String segment = firstSegment(pattern);
					if (segment.contains("{") || segment.contains("*") || segment.contains("?")) {
						wild.add(candidate);
					}
					else {
						literal.computeIfAbsent(segment, s -> new LinkedHashSet<>()).add(candidate);
					}
				}
			});
			anySegment = List.copyOf(wild);
			literal.forEach((segment, candidates) -> {
				Set<Candidate> all = new LinkedHashSet<>(candidates);
				all.addAll(wild);
				bySegment.put(segment, List.copyOf(all));
			});
		}

		List<Candidate> candidates(String lookupPath) {
			return bySegment.getOrDefault(firstSegment(lookupPath), anySegment);
		}

	}

}
