package org.balise.engine.track;

import static org.assertj.core.api.Assertions.assertThat;

import org.balise.engine.circuit.TestCircuits;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.model.Circuit;

/** Circuits to replay tracks against, loaded from JSON like an author's draft, around the stations given. */
final class ReplayCircuits {

    private ReplayCircuits() {
    }

    /** A circuit with these stations, each written as JSON with its id, zone and points (see {@link #station}). */
    static Circuit withStations(String... stations) {
        String json = """
                {
                  "id": "replay",
                  "version": "1.0.0",
                  "title": {"en": "Replay"},
                  "summary": {"en": "Stations to replay a walk against."},
                  "languages": ["en"],
                  "defaultLanguage": "en",
                  "modes": ["on-site"],
                  "credits": {"authors": ["Balise"], "licence": "CC0-1.0"},
                  "stations": [%s],
                  "progression": {"type": "free"}
                }
                """.formatted(String.join(",\n", stations));
        LoadResult result = TestCircuits.LOADER.load(json);
        assertThat(result).as("%s", result.problems()).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).circuit();
    }

    /** A station whose zone is a circle; {@code presence} is extra JSON members, e.g. {@code "presence": {...},}. */
    static String station(String id, double latitude, double longitude, double radiusMetres, String presence) {
        return """
                {
                  "id": "%s",
                  "title": {"en": "%s"},
                  "zone": {"type": "Circle", "centre": {"lat": %s, "lon": %s}, "radius": %s},
                  "surveyed": true,
                  %s
                  "onSite": {"description": {"en": "A place on the walk."}},
                  "riddle": {"type": "location-only", "question": {"en": "You are there."}},
                  "points": 1
                }""".formatted(id, id, latitude, longitude, radiusMetres, presence);
    }

    /** A station with its default presence rule. */
    static String station(String id, double latitude, double longitude, double radiusMetres) {
        return station(id, latitude, longitude, radiusMetres, "");
    }

    /** A station without a zone, reached only by scanning its QR code. */
    static String stationWithoutZone(String id) {
        return """
                {
                  "id": "%s",
                  "title": {"en": "%s"},
                  "fallbackProofs": [{"type": "qr-code", "value": "balise-%s"}],
                  "onSite": {"description": {"en": "Indoors."}},
                  "riddle": {"type": "location-only", "question": {"en": "You are there."}},
                  "points": 1
                }""".formatted(id, id, id);
    }
}
