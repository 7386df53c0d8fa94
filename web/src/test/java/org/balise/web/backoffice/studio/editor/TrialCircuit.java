package org.balise.web.backoffice.studio.editor;

/**
 * A small circuit in French and English, played on a map, with one station whose riddle, other properties
 * and circuit-wide extras each test chooses. It loads as it is with a text riddle.
 */
final class TrialCircuit {

    static final String TEXT_RIDDLE = """
            {"type": "text", "question": {"fr": "Qui ?", "en": "Who?"}, "answer": {"accepted": ["Rude"]}}""";

    private static final String TEMPLATE = """
            {
              "id": "essai",
              "version": "1.0.0",
              "title": {"fr": "Essai", "en": "Trial"},
              "summary": {"fr": "Un circuit d'essai.", "en": "A trial circuit."},
              "languages": ["fr", "en"],
              "defaultLanguage": "fr",
              "modes": ["virtual"],
              "credits": {"authors": ["Balise contributors"], "licence": "CC0-1.0"},
              "media": [{"id": "plan", "path": "media/plan.png", "type": "image",
                         "alt": {"fr": "Un plan.", "en": "A map."}, "credit": "Balise, CC0"}],
              %s
              "stations": [
                {
                  "id": "fontaine",
                  "title": {"fr": "La fontaine", "en": "The fountain"},
                  "virtual": {"description": {"fr": "Une fontaine.", "en": "A fountain."}, "findOnMap": false},
                  "riddle": %s,
                  %s
                  "points": 10
                }
              ],
              "progression": {"type": "linear"}
            }
            """;

    private TrialCircuit() {
    }

    static String withRiddle(String riddle) {
        return TEMPLATE.formatted("", riddle, "");
    }

    /**
     * @param circuitExtras properties of the circuit, each followed by a comma
     * @param stationExtras properties of the station, each followed by a comma
     */
    static String with(String circuitExtras, String stationExtras) {
        return TEMPLATE.formatted(circuitExtras, TEXT_RIDDLE, stationExtras);
    }
}
