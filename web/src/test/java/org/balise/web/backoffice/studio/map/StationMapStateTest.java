package org.balise.web.backoffice.studio.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What the map sends the browser: every station, the zones it can draw, and the selection. */
class StationMapStateTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String FOUNTAIN = """
            {"type": "Circle", "centre": {"lat": 47.3224, "lon": 5.0413}, "radius": 20}""";
    private static final String SQUARE = """
            {"type": "Polygon",
             "coordinates": [[[5.031, 47.3228], [5.031, 47.322], [5.0325, 47.322], [5.031, 47.3228]]]}""";

    @Test
    void theBrowserGetsEveryStationWithItsZoneAndTheSelection() {
        StationsOnMap state = StationsOnMap.of(List.of(new MapStation("fountain", "The fountain", zone(FOUNTAIN)),
                new MapStation("square", "The square", zone(SQUARE)), new MapStation("library", "Library", null)),
                "square");

        assertThat(JSON.readTree(state.toJson())).isEqualTo(JSON.readTree("""
                {"selected": "square", "stations": [
                  {"id": "fountain", "title": "The fountain", "zone": %s},
                  {"id": "square", "title": "The square", "zone": %s},
                  {"id": "library", "title": "Library", "zone": null}]}""".formatted(FOUNTAIN, SQUARE)));
    }

    @Test
    void aWrongZoneIsSentAsItIsForTheAuthorToSeeAndMend() {
        String unclosed = """
                {"type": "Polygon", "coordinates": [[[5.031, 47.3228], [5.031, 47.322], [5.0325, 47.322]]]}""";
        StationsOnMap state = StationsOnMap.of(List.of(new MapStation("square", "The square", zone(unclosed))),
                "square");

        assertThat(JSON.readTree(state.toJson()).at("/stations/0/zone")).isEqualTo(JSON.readTree(unclosed));
        assertThat(state.selectedZone().map(JSON::readTree)).contains(JSON.readTree(unclosed));
    }

    @Test
    void aSelectedIdThatNamesNoStationSelectsNothing() {
        StationsOnMap state = StationsOnMap.of(List.of(new MapStation("fountain", "The fountain", null)), "gone");

        assertThat(state.selectedId()).isNull();
        assertThat(state.selected()).isEmpty();
    }

    @Test
    void theZonesAreCopiedSoThatEditingTheDraftInPlaceDoesNotChangeTheMap() {
        ObjectNode fountain = zone(FOUNTAIN);
        StationsOnMap state = StationsOnMap.of(List.of(new MapStation("fountain", "The fountain", fountain)), null);

        fountain.put("radius", 80);

        assertThat(JSON.readTree(state.toJson()).at("/stations/0/zone/radius").asInt()).isEqualTo(20);
    }

    @Test
    void aNewZoneReplacesTheSelectedStationsOnly() {
        StationsOnMap state = StationsOnMap.of(List.of(new MapStation("fountain", "The fountain", zone(FOUNTAIN)),
                new MapStation("square", "The square", null)), "square");

        StationsOnMap changed = state.withSelectedZone(zone(SQUARE));

        assertThat(changed.stations().get(0).zone()).isEqualTo(zone(FOUNTAIN));
        assertThat(changed.selectedZone().map(JSON::readTree)).contains(JSON.readTree(SQUARE));
    }

    private static ObjectNode zone(String json) {
        return (ObjectNode) JSON.readTree(json);
    }
}
