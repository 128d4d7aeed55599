package se.trygghet.help;

import java.util.Map;

/**
 * The numbers a module's rules use, by name, for the help pages to quote: a help text writes {@code {flag.min-count}}
 * where the number goes, and the module that applies the rule gives its value from the same constant or setting the
 * rule reads. A module implements this as a bean; every name is given by one module only.
 * <p>
 * A value is a {@link Number} (written as the reader's language writes numbers, with as many decimals as it has) or a
 * list of numbers (written "250, 500 och 1 000").
 */
public interface HelpFigures {

	Map<String, Object> figures();

}
