package org.balise.web.backoffice.studio.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.balise.engine.geo.LatLon;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Zones are written as an author would type them: 6 decimals, whole metres, GeoJSON's order. */
class StationMapRoundingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void coordinatesKeepSixDecimals() {
        assertThat(ZoneJson.degrees(47.32200049)).isEqualTo(47.322);
        assertThat(ZoneJson.degrees(5.04151251)).isEqualTo(5.041513);
        assertThat(ZoneJson.degrees(-122.41941551)).isEqualTo(-122.419416);
    }

    @Test
    void aTinyNegativeCoordinateIsZeroNotMinusZero() {
        assertThat(ZoneJson.degrees(-0.0000001)).isEqualTo(0.0);
    }

    @Test
    void aRadiusIsInWholeMetresBetweenFiveAndTheSchemasMaximum() {
        assertThat(ZoneJson.metres(24.5)).isEqualTo(25);
        assertThat(ZoneJson.metres(24.49)).isEqualTo(24);
        assertThat(ZoneJson.metres(4.4)).isEqualTo(5);
        assertThat(ZoneJson.metres(1e9)).isEqualTo(100_000);
    }

    @Test
    void aCircleIsWrittenInTheCircuitsFormat() {
        assertThat(JSON.writeValueAsString(ZoneJson.circle(new LatLon(47.3224, 5.0413), 20)))
                .isEqualTo("{\"type\":\"Circle\",\"centre\":{\"lat\":47.3224,\"lon\":5.0413},\"radius\":20}");
    }

    @Test
    void aPolygonIsWrittenLongitudeFirst() {
        List<LatLon> ring = List.of(new LatLon(47.3228, 5.031), new LatLon(47.322, 5.031),
                new LatLon(47.322, 5.0325), new LatLon(47.3228, 5.031));

        assertThat(JSON.writeValueAsString(ZoneJson.polygon(List.of(ring))))
                .isEqualTo("{\"type\":\"Polygon\",\"coordinates\":"
                        + "[[[5.031,47.3228],[5.031,47.322],[5.0325,47.322],[5.031,47.3228]]]}");
    }
}
