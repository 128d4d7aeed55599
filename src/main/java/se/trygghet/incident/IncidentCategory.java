package se.trygghet.incident;

/** A category incidents are reported in (seeded with the EST group's), with its names in Swedish and English. */
public record IncidentCategory(String code, String nameSv, String nameEn) {
}
