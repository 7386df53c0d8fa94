package org.balise.web.backoffice.classroom;

import java.util.Map;
import org.balise.engine.circuit.model.Circuit;

/** A circuit's title as the back-office shows it: in English when the author wrote one, else in its first language. */
public final class CircuitTitles {

    /** The back-office's language until it is localized. */
    public static final String LANGUAGE = "en";

    private CircuitTitles() {
    }

    public static String of(Circuit circuit) {
        return circuit.languages().resolve(circuit.title(), LANGUAGE);
    }

    /** From a published version's titles by language. */
    public static String of(Map<String, String> titles, String fallback) {
        String english = titles.get(LANGUAGE);
        if (english != null) {
            return english;
        }
        return titles.values().stream().sorted().findFirst().orElse(fallback);
    }
}
