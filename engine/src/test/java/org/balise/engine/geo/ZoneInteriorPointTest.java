package org.balise.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneInteriorPointTest {

    private static final LocalProjection PLANE = LocalProjection.centredOn(new LatLon(47.32, 5.04));

    @Test
    void aCircleGivesItsCentre() {
        Zone.Circle circle = new Zone.Circle(new LatLon(47.32, 5.04), 25);

        assertThat(circle.interiorPoint()).isEqualTo(new LatLon(47.32, 5.04));
    }

    @Test
    void aConcavePolygonGivesAPointInsideWhereTheMeanOfItsCornersIsOutside() {
        // A U open to the north: the mean of its corners falls in the gap between the arms.
        Zone.Polygon u = new Zone.Polygon(List.of(ring(
                5.0400, 47.3200, 5.0430, 47.3200, 5.0430, 47.3230, 5.0420, 47.3230, 5.0420, 47.3210,
                5.0410, 47.3210, 5.0410, 47.3230, 5.0400, 47.3230, 5.0400, 47.3200)));
        LatLon meanOfCorners = new LatLon(47.3218, 5.0415);

        assertThat(inside(u, meanOfCorners)).as("the mean of the corners").isFalse();
        assertThat(inside(u, u.interiorPoint())).as("the interior point").isTrue();
    }

    @Test
    void aPolygonWithAHoleGivesAPointOutsideTheHole() {
        Zone.Polygon square = new Zone.Polygon(List.of(
                ring(5.0400, 47.3200, 5.0430, 47.3200, 5.0430, 47.3230, 5.0400, 47.3230, 5.0400, 47.3200),
                ring(5.0405, 47.3205, 5.0425, 47.3205, 5.0425, 47.3225, 5.0405, 47.3225, 5.0405, 47.3205)));

        assertThat(inside(square, square.interiorPoint())).isTrue();
    }

    private static boolean inside(Zone zone, LatLon position) {
        return PlanarZone.of(zone, PLANE).signedDistanceMetres(PLANE.project(position)) < 0;
    }

    private static List<LatLon> ring(double... lonLat) {
        java.util.ArrayList<LatLon> ring = new java.util.ArrayList<>();
        for (int i = 0; i < lonLat.length; i += 2) {
            ring.add(new LatLon(lonLat[i + 1], lonLat[i]));
        }
        return ring;
    }
}
