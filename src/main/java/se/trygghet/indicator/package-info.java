/**
 * Indicators: how each of a plan's indicators is measured (raw, calculated or counted by the platform), its values
 * per period, area and breakdown (gender, age and categories an administrator adds), where they come from, the trend
 * verdict against the baseline, and disclosure control for everything shown to the public. Other modules read through
 * {@link se.trygghet.indicator.IndicatorCatalog}; modules that count things for an indicator implement
 * {@link se.trygghet.indicator.PlatformIndicatorSource}, so this module never depends on them. The pages
 * ({@code /indicators}, {@code /indicators/{id}}) and the open API ({@code /api/v1/indicators}) are here too; the
 * annual report draws its indicator charts through {@link se.trygghet.indicator.IndicatorCharts}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "plan", "area", "chart", "identity", "situation", "help", "system" })
@org.jspecify.annotations.NullMarked
package se.trygghet.indicator;
