package org.balise.engine.play;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.geo.CircuitZones;
import org.balise.engine.geo.Zone;

/**
 * A circuit made ready for play: its stations by id and its zones projected and indexed once
 * ({@link CircuitZones}, keyed by station id). Build one per circuit version and share it between every
 * session playing that version.
 *
 * <p><b>Cost.</b> Building projects and indexes every zone (O(n log n)); lookups are O(1).
 * <b>Thread-safety.</b> Immutable.
 */
public final class PreparedCircuit {

    private final Circuit circuit;
    private final Map<String, Station> stations;
    private final CircuitZones<String> zones;

    private PreparedCircuit(Circuit circuit) {
        this.circuit = circuit;
        Map<String, Station> byId = new LinkedHashMap<>();
        Map<String, Zone> zonesById = new LinkedHashMap<>();
        for (Station station : circuit.stations()) {
            byId.put(station.id(), station);
            if (station.zone() != null) {
                zonesById.put(station.id(), station.zone());
            }
        }
        this.stations = Map.copyOf(byId);
        this.zones = CircuitZones.of(zonesById);
    }

    /**
     * Prepares {@code circuit} (a circuit the loader returned, hence valid).
     *
     * @throws IllegalArgumentException if a zone cannot be projected (an invalid polygon)
     */
    public static PreparedCircuit of(Circuit circuit) {
        return new PreparedCircuit(circuit);
    }

    public Circuit circuit() {
        return circuit;
    }

    /** The station with this id. */
    public Optional<Station> station(String stationId) {
        return Optional.ofNullable(stations.get(stationId));
    }

    /** The stations' zones in the circuit's plane, keyed by station id; stations without a zone are absent. */
    public CircuitZones<String> zones() {
        return zones;
    }

    /** The circuit's declared languages, in the author's order: their number words count in answers. */
    public List<String> languages() {
        return circuit.languages().declared();
    }

    @Override
    public String toString() {
        return "PreparedCircuit[" + circuit.id() + " " + circuit.version() + "]";
    }
}
