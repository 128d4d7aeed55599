package se.trygghet.indicator.kolada;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Kolada on the loopback interface: answers requests in the order they were scripted, whatever they ask for, and
 * notes what was asked. {@code {base}} in a body becomes the stub's own base address, so a {@code next_url} can lead
 * back to it. When the script runs out it answers 500, which a test then sees as a failure.
 */
public final class KoladaStub implements AutoCloseable {

	public record Answer(int status, String body, Map<String, String> headers, Duration delay) {
	}

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final Deque<Answer> script = new ConcurrentLinkedDeque<>();

	private final List<URI> requests = new CopyOnWriteArrayList<>();

	private final List<String> userAgents = new CopyOnWriteArrayList<>();

	private volatile @Nullable Answer always;

	private volatile java.util.function.@Nullable Function<URI, @Nullable Answer> responder;

	private KoladaStub() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", this::answer);
		// several threads, so a stalled answer does not hold up the retry that follows it
		server.setExecutor(threads);
		server.start();
	}

	public static KoladaStub start() {
		try {
			return new KoladaStub();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where the stub's v3 API is, as the client's base URL. */
	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v3");
	}

	public KoladaStub json(String body) {
		return answer(new Answer(200, body, Map.of(), Duration.ZERO));
	}

	/** A fixture from {@code src/test/resources/kolada/}. */
	public KoladaStub fixture(String name) {
		try (InputStream in = KoladaStub.class.getResourceAsStream("/kolada/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture kolada/" + name);
			}
			return json(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public KoladaStub status(int status, String body) {
		return answer(new Answer(status, body, Map.of(), Duration.ZERO));
	}

	public KoladaStub answer(Answer answer) {
		script.add(answer);
		return this;
	}

	/** The answer to every request once the script has run out. */
	public KoladaStub always(Answer answer) {
		always = answer;
		return this;
	}

	/**
	 * Answers every request from what it asks for (the script and {@link #always} come after, for a request it
	 * returns null to); lets a test serve several KPIs whatever order they are asked in.
	 */
	public KoladaStub respond(java.util.function.Function<URI, @Nullable Answer> responder) {
		this.responder = responder;
		return this;
	}

	/** The path and query of every request, in order. */
	public List<URI> requests() {
		return new ArrayList<>(requests);
	}

	public List<String> userAgents() {
		return new ArrayList<>(userAgents);
	}

	private void answer(HttpExchange exchange) throws IOException {
		requests.add(exchange.getRequestURI());
		userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
		java.util.function.Function<URI, @Nullable Answer> answers = responder;
		Answer next = answers == null ? null : answers.apply(exchange.getRequestURI());
		if (next == null) {
			next = script.poll();
		}
		if (next == null) {
			next = always != null ? always : new Answer(500, "{\"error\":\"the stub has no answer scripted\"}",
					Map.of(), Duration.ZERO);
		}
		try {
			Thread.sleep(next.delay().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			exchange.close();
			return;
		}
		byte[] body = next.body().replace("{base}", baseUrl().toString()).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		next.headers().forEach(exchange.getResponseHeaders()::set);
		exchange.sendResponseHeaders(next.status(), body.length == 0 ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}

}
