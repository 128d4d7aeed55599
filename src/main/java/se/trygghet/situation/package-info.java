/**
 * The lägesbild, the analysis of the incidents {@code incident} takes in: situation pictures per period, area and
 * category, hot-spot analysis on a SWEREF 99 TM grid, kernel density and clusters, and the joint yearly lägesbild with
 * the police, all counted from this node's projection of the incidents. Its statistics are written out in
 * {@code docs/HOTSPOTS.md}.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.situation;
