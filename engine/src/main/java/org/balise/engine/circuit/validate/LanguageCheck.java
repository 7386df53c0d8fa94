package org.balise.engine.circuit.validate;

import static org.balise.engine.circuit.validate.Quote.quote;
import static org.balise.engine.circuit.validate.Quote.quoteAll;

import java.util.TreeSet;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.i18n.Languages;
import org.balise.engine.i18n.Translatable;

/** The default language is declared, and no text is written in a language the circuit does not declare. */
final class LanguageCheck implements Check {

    @Override
    public void check(Circuit circuit, ValidationOptions options, Problems problems) {
        Languages languages = circuit.languages();
        if (!languages.declares(languages.defaultLanguage())) {
            problems.error(Pointer.root().at("defaultLanguage"),
                    "The default language " + quote(languages.defaultLanguage())
                            + " is not one of the circuit's languages (" + quoteAll(languages.declared())
                            + "): add it to languages or choose one of them.");
        }
        for (Translatable text : CircuitTexts.of(circuit)) {
            // Sorted so that the report does not depend on the map's iteration order.
            for (String language : new TreeSet<>(text.text().languages())) {
                if (!languages.declares(language)) {
                    problems.warning(Pointer.parse(text.pointer()).at(language),
                            "This text is in " + Languages.describe(language)
                                    + ", which is not one of the circuit's languages: players will never see it.");
                }
            }
        }
    }
}
