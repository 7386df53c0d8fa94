package org.balise.web.backoffice.studio.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.balise.web.backoffice.studio.map.ZoneVerdict.Accepted;
import org.balise.web.backoffice.studio.map.ZoneVerdict.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What the browser sends for a zone is read again, never trusted: rebuilt and rounded, or rejected. */
class StationMapZoneReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aCircleIsWrittenAfreshWithRoundedCoordinatesAndWholeMetres() {
        ZoneVerdict verdict = ZoneReader.read("""
                {"type": "Circle", "centre": {"lat": 47.3220004999, "lon": 5.04151234}, "radius": 24.6,
                 "colour": "red"}""");

        assertThat(verdict).isEqualTo(new Accepted(json("""
                {"type": "Circle", "centre": {"lat": 47.322, "lon": 5.041512}, "radius": 25}""")));
    }

    @Test
    void aRadiusBelowFiveMetresBecomesFive() {
        assertThat(zone("""
                {"type": "Circle", "centre": {"lat": 47.32, "lon": 5.04}, "radius": 2}""").get("radius").asInt())
                .isEqualTo(5);
    }

    @Test
    void aRadiusBeyondTheSchemasMaximumIsCappedThere() {
        assertThat(zone("""
                {"type": "Circle", "centre": {"lat": 47.32, "lon": 5.04}, "radius": 250000}""").get("radius").asInt())
                .isEqualTo(100_000);
    }

    @Test
    void aPolygonKeepsGeoJsonOrderAndItsHolesAndLosesItsAltitudes() {
        ZoneVerdict verdict = ZoneReader.read("""
                {"type": "Polygon", "coordinates": [
                  [[5.0310001, 47.3228], [5.031, 47.322, 250], [5.0325, 47.322], [5.031, 47.3228]],
                  [[5.0312, 47.3224], [5.0314, 47.3222], [5.0316, 47.3224], [5.0312, 47.3224]]]}""");

        assertThat(verdict).isEqualTo(new Accepted(json("""
                {"type": "Polygon", "coordinates": [
                  [[5.031, 47.3228], [5.031, 47.322], [5.0325, 47.322], [5.031, 47.3228]],
                  [[5.0312, 47.3224], [5.0314, 47.3222], [5.0316, 47.3224], [5.0312, 47.3224]]]}""")));
    }

    @Test
    void positionsThatRoundAlikeCloseARing() {
        assertThat(ZoneReader.read("""
                {"type": "Polygon", "coordinates": [
                  [[5.031, 47.3228], [5.031, 47.322], [5.0325, 47.322], [5.0310000001, 47.3228000001]]]}"""))
                .isInstanceOf(Accepted.class);
    }

    /** Written with single quotes, for readability. */
    @ParameterizedTest
    @ValueSource(strings = {
        "not json",
        "[]",
        "null",
        "{}",
        "{'type': 'Point', 'coordinates': [5.04, 47.32]}",
        "{'type': 7}",
        "{'type': 'Circle', 'radius': 20}",
        "{'type': 'Circle', 'centre': {'lat': 91, 'lon': 5.04}, 'radius': 20}",
        "{'type': 'Circle', 'centre': {'lat': 47.32, 'lon': -180.5}, 'radius': 20}",
        "{'type': 'Circle', 'centre': {'lat': '47.32', 'lon': 5.04}, 'radius': 20}",
        "{'type': 'Circle', 'centre': {'lat': 1e400, 'lon': 5.04}, 'radius': 20}",
        "{'type': 'Circle', 'centre': {'lat': NaN, 'lon': 5.04}, 'radius': 20}",
        "{'type': 'Circle', 'centre': {'lat': 47.32, 'lon': 5.04}, 'radius': 0}",
        "{'type': 'Circle', 'centre': {'lat': 47.32, 'lon': 5.04}, 'radius': -20}",
        "{'type': 'Circle', 'centre': {'lat': 47.32, 'lon': 5.04}, 'radius': '20'}",
        "{'type': 'Circle', 'centre': {'lat': 47.32, 'lon': 5.04}}",
        "{'type': 'Polygon'}",
        "{'type': 'Polygon', 'coordinates': []}",
        "{'type': 'Polygon', 'coordinates': ['ring']}",
        "{'type': 'Polygon', 'coordinates': [[[5.031, 47.3228], [5.031, 47.322], [5.031, 47.3228]]]}",
        "{'type': 'Polygon', 'coordinates': [[[5.031, 47.3228], [5.031, 47.322], [5.03, 47.32], [5.04, 47.32]]]}",
        "{'type': 'Polygon', 'coordinates': [[[5.031, 47.3228], [5.031, 47.322], [5.031, 47.322], [5.031, 47.3228]]]}",
        "{'type': 'Polygon', 'coordinates': [[[5.031], [5.031, 47.322], [5.03, 47.32], [5.031]]]}",
        "{'type': 'Polygon', 'coordinates': [[[5.031, 47.3228], [5.031, '47.322'], [5.03, 47.32], [5.031, 47.3228]]]}",
        "{'type': 'Polygon', 'coordinates': [[[47.3228, 95.03], [5.031, 47.322], [5.03, 47.32], [47.3228, 95.03]]]}"
    })
    void aMalformedZoneIsRejected(String zone) {
        assertThat(ZoneReader.read(zone.replace('\'', '"'))).isInstanceOf(Rejected.class);
    }

    @Test
    void aPolygonOfMoreThanFiveThousandPositionsIsRejected() {
        String ring = IntStream.range(0, 5_001)
                .mapToObj(index -> "[" + (5 + index * 1e-5) + ", 47.32]")
                .collect(Collectors.joining(", "));

        assertThat(ZoneReader.read("{\"type\": \"Polygon\", \"coordinates\": [[" + ring + "]]}"))
                .isEqualTo(new Rejected("A polygon drawn on the map has at most 5000 positions."));
    }

    @Test
    void aZoneLongerThanAnyDrawnOneIsRejectedUnread() {
        String padding = " ".repeat(ZoneReader.MAXIMUM_LENGTH);

        assertThat(ZoneReader.read("{\"type\": \"Circle\"" + padding + "}"))
                .isEqualTo(new Rejected("The zone is longer than 250000 characters."));
    }

    @Test
    void aRejectionNeverRepeatsTheInput() {
        ZoneVerdict verdict = ZoneReader.read("{\"type\": \"<img src=x onerror=alert(1)>\"}");

        assertThat(verdict).isEqualTo(new Rejected("A zone's type is Circle or Polygon."));
    }

    private static JsonNode zone(String json) {
        return ((Accepted) ZoneReader.read(json)).zone();
    }

    private static ObjectNode json(String text) {
        return (ObjectNode) JSON.readTree(text);
    }
}
