package org.balise.engine.circuit.validate;

import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.i18n.Languages;
import org.balise.engine.i18n.MissingTranslation;

/**
 * Every text exists in every declared language. Missing in the default language is always an error (the
 * text could not be shown at all); missing in another language has the severity the options choose.
 */
final class CompletenessCheck implements Check {

    @Override
    public void check(Circuit circuit, ValidationOptions options, Problems problems) {
        for (MissingTranslation missing : CircuitTexts.completeness(circuit).missing()) {
            String language = Languages.describe(missing.language());
            if (missing.isDefaultLanguage()) {
                problems.error(Pointer.parse(missing.pointer()), "This text has no " + language
                        + " version: every text needs one in the circuit's default language.");
            } else {
                problems.add(options.missingTranslation(), Pointer.parse(missing.pointer()),
                        "This text has no " + language + " translation.");
            }
        }
    }
}
