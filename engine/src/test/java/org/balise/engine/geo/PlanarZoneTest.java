package org.balise.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanarZoneTest {

    private static final Around HERE = Around.DIJON;
    private static final LocalProjection PLANE = LocalProjection.centredOn(HERE.origin());

    private static PlanarZone planar(Zone zone) {
        return PlanarZone.of(zone, PLANE);
    }

    @Test
    void theCentreOfACircleIsItsRadiusInside() {
        PlanarZone circle = planar(HERE.circle(0, 0, 25));

        assertThat(circle.signedDistanceMetres(new PlanePoint(0, 0))).isCloseTo(-25, within(1e-6));
        assertThat(circle.signedDistanceMetres(new PlanePoint(40, 0))).isCloseTo(15, within(1e-6));
    }

    @Test
    void aPointInsideASquareIsAsFarInsideAsItsNearestEdge() {
        PlanarZone square = planar(new Zone.Polygon(List.of(HERE.square(0, 0, 50))));

        assertThat(square.signedDistanceMetres(new PlanePoint(30, 0))).isCloseTo(-20, within(1e-6));
        assertThat(square.signedDistanceMetres(new PlanePoint(80, 0))).isCloseTo(30, within(1e-6));
    }

    @Test
    void aPointInAHoleIsOutsideThePolygon() {
        PlanarZone courtyard = planar(new Zone.Polygon(List.of(HERE.square(0, 0, 50), HERE.square(0, 0, 10))));

        assertThat(courtyard.signedDistanceMetres(new PlanePoint(0, 0))).isCloseTo(10, within(1e-6));
        assertThat(courtyard.signedDistanceMetres(new PlanePoint(30, 0))).isCloseTo(-20, within(1e-6));
    }

    @Test
    void aPointOnAnEdgeIsOnTheBoundary() {
        PlanarZone square = planar(new Zone.Polygon(List.of(HERE.ring(0, 0, 100, 0, 100, 100, 0, 100))));
        PlanePoint onEdge = new PlanePoint(50, 0);

        // The edge is the projection of the ring's own vertices, so the midpoint lies on it to rounding.
        assertThat(square.signedDistanceMetres(onEdge)).isCloseTo(0, within(1e-6));
    }

    @Test
    void aSegmentThroughACircleCrossesItAndOneBesideItDoesNot() {
        PlanarZone circle = planar(HERE.circle(0, 0, 10));

        assertThat(circle.crossedBy(new PlanePoint(-100, 5), new PlanePoint(100, 5))).isTrue();
        assertThat(circle.crossedBy(new PlanePoint(-100, 15), new PlanePoint(100, 15))).isFalse();
        assertThat(circle.crossedBy(new PlanePoint(-100, 5), new PlanePoint(-50, 5))).isFalse();
    }

    @Test
    void aSegmentThroughAPolygonCrossesItEvenWithBothEndsOutside() {
        PlanarZone square = planar(new Zone.Polygon(List.of(HERE.square(0, 0, 10))));

        assertThat(square.crossedBy(new PlanePoint(-100, 0), new PlanePoint(100, 0))).isTrue();
        assertThat(square.crossedBy(new PlanePoint(-100, 20), new PlanePoint(100, 20))).isFalse();
    }

    @Test
    void anUnclosedRingIsRefusedWithItsNumber() {
        List<LatLon> open = HERE.square(0, 0, 10).subList(0, 4);

        assertThatThrownBy(() -> planar(new Zone.Polygon(List.of(HERE.square(0, 0, 50), open))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ring 1")
                .hasMessageContaining("closed");
    }

    @Test
    void aSelfIntersectingPolygonIsRefused() {
        Zone.Polygon bowTie = new Zone.Polygon(List.of(HERE.ring(0, 0, 10, 10, 10, 0, 0, 10)));

        assertThatThrownBy(() -> planar(bowTie))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valid");
    }
}
