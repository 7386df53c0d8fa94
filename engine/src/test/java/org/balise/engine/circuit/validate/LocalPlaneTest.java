package org.balise.engine.circuit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.balise.engine.geo.LatLon;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class LocalPlaneTest {

    private final LocalPlane dijon = new LocalPlane(new LatLon(47.32, 5.04));

    @Test
    void theOriginIsAtZero() {
        assertThat(dijon.project(new LatLon(47.32, 5.04))).isEqualTo(new Coordinate(0, 0));
    }

    @Test
    void aThousandthOfADegreeNorthIsAbout111Metres() {
        assertThat(dijon.project(new LatLon(47.321, 5.04)).y).isCloseTo(111.2, within(0.1));
    }

    @Test
    void aThousandthOfADegreeEastShrinksWithTheCosineOfTheLatitude() {
        // 111.195 m × cos(47.32°) = 75.4 m: a degree of longitude is shorter away from the equator.
        assertThat(dijon.project(new LatLon(47.32, 5.041)).x).isCloseTo(75.4, within(0.1));
    }

    @Test
    void thePlaneAroundPositionsIsCentredOnTheirMedian() {
        assertThat(LocalPlane.around(List.of(new LatLon(47.0, 5.0), new LatLon(48.0, 6.0))).origin())
                .isEqualTo(new LatLon(47.5, 5.5));
    }

    @Test
    void oneStrayPositionDoesNotMoveThePlaneAwayFromTheOthers() {
        LocalPlane plane = LocalPlane.around(List.of(
                new LatLon(47.320, 5.040), new LatLon(47.321, 5.041), new LatLon(47.322, 5.042),
                new LatLon(5.041, 47.321)));

        assertThat(plane.origin().latitude()).isBetween(47.320, 47.322);
        assertThat(plane.origin().longitude()).isBetween(5.040, 5.042);
    }

    @Test
    void distancesAreShownInMetresThenKilometresWithAtMostOneDecimal() {
        assertThat(Units.distance(15)).isEqualTo("15 m");
        assertThat(Units.distance(12.25)).isEqualTo("12.3 m");
        assertThat(Units.distance(5_000)).isEqualTo("5 km");
        assertThat(Units.distance(7_345)).isEqualTo("7.3 km");
        assertThat(Units.distance(5_913_512)).isEqualTo("5914 km");
    }

    @Test
    void aDegreeAlongAMeridianIsAbout111Kilometres() {
        assertThat(GreatCircle.metres(new LatLon(47, 5), new LatLon(48, 5))).isCloseTo(111_195, within(1.0));
    }

    @Test
    void greatCircleDistancesStayRightWhereTheLocalPlaneWouldNot() {
        // Swapping a Dijon station's coordinates moves it to the Horn of Africa, 6,188 km away; an
        // equirectangular plane centred between the two says 5,914 km.
        double metres = GreatCircle.metres(new LatLon(47.3225, 5.0422), new LatLon(5.0422, 47.3225));

        assertThat(metres).isCloseTo(6_188_327, within(100.0));
    }
}
