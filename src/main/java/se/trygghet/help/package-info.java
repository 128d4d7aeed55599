/**
 * Help inside the platform: short pages, in Swedish and English, on the methods behind the figures (hot spots and the
 * false discovery rate, kernel density, the situation picture's flags, effect evaluations, indicator verdicts,
 * disclosure control, cost estimates) and on each role's main tasks, at {@code /help[/{topic}]} for staff and, for
 * what residents meet, at {@code /oppen/hjalp[/{topic}]}. Pages link a topic where its term appears through
 * {@code fragments/help :: link(topic)}.
 * <p>
 * A bottom module: the numbers a help text quotes (thresholds, windows, minimum counts) are not written in it but
 * given by the modules whose code applies them, through {@link se.trygghet.help.HelpFigures}, so that a text cannot
 * drift from the rule it describes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "system" })
@org.jspecify.annotations.NullMarked
package se.trygghet.help;
