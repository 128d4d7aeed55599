package se.trygghet.area;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.trygghet.system.TextInput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A geocoder speaking Nominatim's search API ({@code ?q=…&format=jsonv2&limit=…}, answering a JSON array of places
 * with {@code display_name}, {@code lat} and {@code lon} as text), which Nominatim itself, Lantmäteriet-fed
 * municipal services and most self-hosted geocoders offer. Configured by {@code app.geocoder.url} (the search
 * address; empty, the default, turns it off), {@code app.geocoder.timeout} (for connecting and for the whole answer,
 * short, since a resident is waiting) and {@code app.geocoder.user-agent}. One call per search, never retried: a
 * resident typing is better served by the register at once than by a second try.
 */
@Component
class NominatimGeocoder implements Geocoder {

	private static final JsonMapper JSON = TextInput.cleaning(JsonMapper.builder()).build();

	private final String url;

	private final Duration timeout;

	private final String userAgent;

	private final HttpClient client;

	NominatimGeocoder(@Value("${app.geocoder.url:}") String url,
			@Value("${app.geocoder.timeout:PT2S}") Duration timeout,
			@Value("${app.geocoder.user-agent:Trygghetsplattformen}") String userAgent) {
		this.url = url.strip();
		this.timeout = timeout;
		this.userAgent = userAgent;
		this.client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public boolean enabled() {
		return !url.isEmpty();
	}

	@Override
	public List<Found> find(String query, int limit) throws IOException {
		URI uri = URI.create(url + (url.contains("?") ? "&" : "?") + "format=jsonv2&limit=" + limit + "&q="
				+ URLEncoder.encode(query, StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(timeout)
			.header("Accept", "application/json")
			.header("User-Agent", userAgent)
			.GET()
			.build();
		HttpResponse<byte[]> response;
		try {
			response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while asking the geocoder", ex);
		}
		if (response.statusCode() != 200) {
			throw new IOException("The geocoder answered " + response.statusCode());
		}
		List<Found> found = new ArrayList<>();
		try {
			JsonNode places = JSON.readTree(response.body());
			if (!places.isArray()) {
				throw new IOException("The geocoder's answer is not a list");
			}
			for (JsonNode place : places) {
				String label = place.path("display_name").asString("");
				double lat = Double.parseDouble(place.path("lat").asString(""));
				double lon = Double.parseDouble(place.path("lon").asString(""));
				if (!label.isBlank() && found.size() < limit) {
					found.add(new Found(label, new Wgs84Point(lat, lon)));
				}
			}
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new IOException("The geocoder's answer cannot be read", ex);
		}
		return found;
	}

}
