package org.balise.loadtest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.load.CircuitLoader;
import org.balise.engine.circuit.load.CircuitSchema;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.riddle.CodeRiddle;
import org.balise.engine.circuit.riddle.NumberRiddle;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.circuit.riddle.TextRiddle;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.Zone;
import org.jspecify.annotations.Nullable;

/**
 * The shipped sample circuit (six stations in a loop in the centre of Dijon, ~1.5 km round), read from
 * {@code balise-game-content} with the engine's loader: the stops teams walk between, in loop order.
 */
final class SampleCircuit {

    private static final String RESOURCE = "circuits/sample/circuit.json";

    /**
     * A station as the walk sees it.
     *
     * @param wrongAnswer a wrong answer's JSON for riddles answered by typing, null for the others
     */
    record Stop(String stationId, LatLon centre, @Nullable Map<String, Object> wrongAnswer) {
    }

    private SampleCircuit() {
    }

    static List<Stop> stops() throws IOException {
        Circuit circuit = load();
        if (!(circuit.progression() instanceof Progression.Rotation rotation)) {
            throw new IllegalStateException("The sample circuit is expected to be a rotation (a loop of stations)");
        }
        return rotation.loop().stream().map(id -> circuit.station(id).orElseThrow()).map(SampleCircuit::stop).toList();
    }

    private static Circuit load() throws IOException {
        byte[] json;
        try (InputStream file = SampleCircuit.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (file == null) {
                throw new IOException("No " + RESOURCE + " on the class path (balise-game-content)");
            }
            json = file.readAllBytes();
        }
        LoadResult result = new CircuitLoader(CircuitSchema.fromClasspath(),
                org.balise.engine.circuit.validate.ValidationOptions.DEFAULT).load(json);
        if (!(result instanceof LoadResult.Loaded loaded)) {
            throw new IllegalStateException("The sample circuit does not load: " + result.problems());
        }
        return loaded.circuit();
    }

    private static LatLon inside(@Nullable Zone zone) {
        if (zone == null) {
            throw new IllegalStateException("A station of the sample circuit has no zone");
        }
        return zone.interiorPoint();
    }

    private static Stop stop(Station station) {
        return new Stop(station.id(), inside(station.zone()), wrongAnswer(station.riddleIn(Mode.ON_SITE)));
    }

    private static @Nullable Map<String, Object> wrongAnswer(Riddle riddle) {
        return switch (riddle) {
            case TextRiddle text -> Map.of("text", "not the answer");
            case NumberRiddle number -> Map.of("text", "-1");
            case CodeRiddle code -> Map.of("text", "0000");
            default -> null;
        };
    }
}
