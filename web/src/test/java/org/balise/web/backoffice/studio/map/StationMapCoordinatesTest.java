package org.balise.web.backoffice.studio.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.balise.engine.geo.LatLon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The "Go to" field reads a latitude and a longitude as online maps copy them. */
class StationMapCoordinatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"47.3220, 5.0415", "47.3220,5.0415", "  47.3220   5.0415 ", "47.3220; 5.0415",
        "+47.3220, +5.0415"})
    void aLatitudeAndALongitudeAreReadInThatOrder(String typed) {
        assertThat(Coordinates.parse(typed)).contains(new LatLon(47.322, 5.0415));
    }

    @Test
    void southAndWestAreNegative() {
        assertThat(Coordinates.parse("-33.8688, -70.6693")).contains(new LatLon(-33.8688, -70.6693));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "47.3220", "91, 5.04", "47.32, 181", "47.32, 5.04, 12", "north, east",
        "47,3220 5,0415", "47.32 N, 5.04 E", "1e1, 5"})
    void anythingElseIsNoPlace(String typed) {
        assertThat(Coordinates.parse(typed)).isEmpty();
    }

    @Test
    void aVeryLongTextIsNoPlace() {
        assertThat(Coordinates.parse("47.3220, 5.0415" + " ".repeat(100))).isEmpty();
    }
}
