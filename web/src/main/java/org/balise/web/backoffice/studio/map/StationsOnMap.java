package org.balise.web.backoffice.studio.map;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the map shows: the stations, and the one selected for editing, if any. Immutable: the zones are
 * copied in, because a draft's tree is edited in place and the map must not change under the browser's
 * feet.
 */
record StationsOnMap(List<MapStation> stations, @Nullable String selectedId) {

    static final StationsOnMap NONE = new StationsOnMap(List.of(), null);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A selected id that names none of the stations selects nothing: there would be nothing to edit. */
    static StationsOnMap of(List<MapStation> stations, @Nullable String selectedId) {
        List<MapStation> copies = stations.stream()
                .map(station -> new MapStation(station.id(), station.title(), copy(station.zone())))
                .toList();
        boolean known = copies.stream().anyMatch(station -> station.id().equals(selectedId));
        return new StationsOnMap(copies, known ? selectedId : null);
    }

    Optional<MapStation> selected() {
        return stations.stream().filter(station -> station.id().equals(selectedId)).findFirst();
    }

    boolean isSelected(@Nullable String stationId) {
        return selectedId != null && selectedId.equals(stationId);
    }

    boolean contains(@Nullable String stationId) {
        return stations.stream().anyMatch(station -> station.id().equals(stationId));
    }

    StationsOnMap withSelectedZone(ObjectNode zone) {
        return new StationsOnMap(stations.stream()
                .map(station -> isSelected(station.id()) ? new MapStation(station.id(), station.title(), copy(zone))
                        : station)
                .toList(), selectedId);
    }

    /** The selected station's zone as JSON, if it has one. */
    Optional<String> selectedZone() {
        return selected().map(MapStation::zone).map(JSON::writeValueAsString);
    }

    /**
     * {@code {"selected": id or null, "stations": [{"id", "title", "zone" or null}]}} for the browser. Zones
     * go as they are, even wrong ones (a draft may be wrong): the browser draws what it can, and an author who
     * sees a zone can mend it. What comes back is checked.
     */
    String toJson() {
        ObjectNode state = JsonNodeFactory.instance.objectNode().put("selected", selectedId);
        ArrayNode list = state.putArray("stations");
        for (MapStation station : stations) {
            list.addObject().put("id", station.id()).put("title", station.title()).set("zone", station.zone());
        }
        return JSON.writeValueAsString(state);
    }

    private static @Nullable ObjectNode copy(@Nullable ObjectNode zone) {
        return zone == null ? null : zone.deepCopy();
    }
}
