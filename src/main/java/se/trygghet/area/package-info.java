/**
 * Areas: the municipality and its parts (kommundelar, stadsdelar, statistical areas such as NYKO or DeSO), their
 * hierarchy and boundaries in SWEREF 99 TM, conversion between WGS84 and SWEREF 99 TM, finding the area a point lies
 * in, GeoJSON for maps, and import of boundaries from GeoJSON files. Other modules read areas through
 * {@link se.trygghet.area.AreaCatalog}.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.area;
