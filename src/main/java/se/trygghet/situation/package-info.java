/**
 * The lägesbild: incidents reported from the field (EST), weekly situation pictures per area and category, and
 * hot-spot analysis on a SWEREF 99 TM grid. Its statistics are written out in {@code docs/HOTSPOTS.md}.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.situation;
