package org.balise.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class LocalProjectionPropertiesTest {

    @Property(tries = 2_000)
    void aPlanePointWithinTwentyKilometresComesBackWithinOneCentimetre(
            @ForAll @DoubleRange(min = -80, max = 80) double originLatitude,
            @ForAll @DoubleRange(min = -180, max = 180) double originLongitude,
            @ForAll @DoubleRange(min = -20_000, max = 20_000) double east,
            @ForAll @DoubleRange(min = -20_000, max = 20_000) double north) {
        LocalProjection plane = LocalProjection.centredOn(new LatLon(originLatitude, originLongitude));
        PlanePoint point = new PlanePoint(east, north);

        PlanePoint back = plane.project(plane.unproject(point));

        assertThat(back.distanceTo(point)).isLessThan(0.01);
    }

    @Property(tries = 2_000)
    void aPositionWithinTwentyKilometresComesBackWithinOneCentimetre(
            @ForAll @DoubleRange(min = -80, max = 80) double originLatitude,
            @ForAll @DoubleRange(min = -180, max = 180) double originLongitude,
            @ForAll @DoubleRange(min = -0.17, max = 0.17) double dLatitude,
            @ForAll @DoubleRange(min = -0.17, max = 0.17) double dLongitude) {
        LatLon origin = new LatLon(originLatitude, originLongitude);
        LatLon position = new LatLon(
                originLatitude + dLatitude, LocalProjection.normalizeLongitude(originLongitude + dLongitude));
        LocalProjection plane = LocalProjection.centredOn(origin);

        LatLon back = plane.unproject(plane.project(position));

        assertThat(Wgs84.chordMetres(back, position)).isLessThan(0.01);
    }

    /** The documented error: a short distance D metres from the origin is off by at most D²/(2R²). */
    @Property(tries = 2_000)
    void aShortDistanceInThePlaneMatchesTheChordOnTheEllipsoidWithinTheDocumentedError(
            @ForAll @DoubleRange(min = -80, max = 80) double originLatitude,
            @ForAll @DoubleRange(min = -20_000, max = 20_000) double east,
            @ForAll @DoubleRange(min = -20_000, max = 20_000) double north,
            @ForAll @DoubleRange(min = -200, max = 200) double dEast,
            @ForAll @DoubleRange(min = -200, max = 200) double dNorth) {
        LocalProjection plane = LocalProjection.centredOn(new LatLon(originLatitude, 5.0));
        PlanePoint a = new PlanePoint(east, north);
        PlanePoint b = new PlanePoint(east + dEast, north + dNorth);

        double inPlane = a.distanceTo(b);
        double chord = Wgs84.chordMetres(plane.unproject(a), plane.unproject(b));

        double d = Math.hypot(east, north) + 200;
        double earthRadius = 6_335_439; // the smallest radius of curvature of WGS84 (the meridian at the equator)
        assertThat(Math.abs(inPlane - chord)).isLessThanOrEqualTo(inPlane * d * d / (2 * earthRadius * earthRadius) + 1e-6);
    }
}
