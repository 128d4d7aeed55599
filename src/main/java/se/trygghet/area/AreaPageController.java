package se.trygghet.area;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.system.NotFoundException;

/** The area pages: the hierarchy of every area, and one area with its map and the same facts in text. */
@Controller
class AreaPageController {

	private final AreaIndex index;

	private final CurrentUsers currentUsers;

	AreaPageController(AreaIndex index, CurrentUsers currentUsers) {
		this.index = index;
		this.currentUsers = currentUsers;
	}

	/** One area in the tree, with the areas under it. */
	public record Node(AreaSnapshot.Indexed area, List<Node> children) {
	}

	/** What the map shows, in text: size, and the centroid in both systems. */
	public record Facts(double squareKilometres, Wgs84Point centroid, Sweref99Point centroidSweref) {
	}

	@GetMapping("/areas")
	String areas(Model model) {
		AreaSnapshot snapshot = index.snapshot();
		model.addAttribute("tree", snapshot.roots().stream().map(root -> node(snapshot, root)).toList());
		model.addAttribute("anyDemo", snapshot.all().stream().anyMatch(a -> a.ref().demo()));
		model.addAttribute("mayImport",
				currentUsers.current().map(user -> user.hasAny(Role.COORDINATOR, Role.ADMIN)).orElse(false));
		return "area/areas";
	}

	@GetMapping("/areas/{id}")
	String area(@PathVariable String id, Model model) {
		AreaSnapshot snapshot = index.snapshot();
		AreaSnapshot.Indexed area = parse(id).flatMap(snapshot::byId).orElseThrow(() -> new NotFoundException("Området"));
		List<AreaSnapshot.Indexed> ancestors = new ArrayList<>(snapshot.ancestors(area.ref().id()));
		List<AreaSnapshot.Indexed> children = snapshot.children(area.ref().id());
		List<AreaSnapshot.Indexed> drawn = new ArrayList<>();
		drawn.add(area);
		drawn.addAll(children);
		model.addAttribute("area", area);
		model.addAttribute("parent", ancestors.isEmpty() ? null : ancestors.get(0));
		List<AreaSnapshot.Indexed> trail = new ArrayList<>(ancestors);
		java.util.Collections.reverse(trail);
		model.addAttribute("trail", trail);
		model.addAttribute("children", children);
		model.addAttribute("facts", facts(area));
		model.addAttribute("hasMap", drawn.stream().anyMatch(a -> a.geometry() != null));
		model.addAttribute("mapJson", scriptSafe(GeoJson.featureCollection(drawn)));
		return "area/area";
	}

	private static Node node(AreaSnapshot snapshot, AreaSnapshot.Indexed area) {
		return new Node(area, snapshot.children(area.ref().id()).stream().map(child -> node(snapshot, child)).toList());
	}

	private static @Nullable Facts facts(AreaSnapshot.Indexed area) {
		if (area.geometry() == null) {
			return null;
		}
		Point centroid = area.geometry().getCentroid();
		Sweref99Point sweref = new Sweref99Point(centroid.getX(), centroid.getY());
		return new Facts(area.squareMetres() / 1_000_000, sweref.toWgs84(), sweref);
	}

	/**
	 * GeoJSON to put in a {@code <script type="application/json">} block: a {@code <} can only occur inside a JSON
	 * string, where {@code \u003c} means the same and cannot end the block.
	 */
	private static String scriptSafe(byte[] json) {
		return new String(json, StandardCharsets.UTF_8).replace("<", "\\u003c");
	}

	static Optional<AreaId> parse(String id) {
		try {
			return Optional.of(new AreaId(UUID.fromString(id)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
