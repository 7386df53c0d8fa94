package org.balise.engine.circuit.validate;

import java.util.List;
import org.balise.engine.geo.LatLon;
import org.locationtech.jts.geom.Coordinate;

/**
 * An equirectangular plane in metres around an origin: x east, y north. Good to a fraction of a percent
 * within tens of kilometres of the origin, which is all the geographic lint needs to compare distances with
 * thresholds; it is not the projection presence decisions use (that one lives in {@code geo}). Does not
 * handle circuits that straddle the antimeridian.
 *
 * @param origin the point mapped to (0, 0)
 */
record LocalPlane(LatLon origin) {

    /**
     * A plane whose origin is the median latitude and longitude of the given positions (at least one): a
     * station with mistyped coordinates must not drag the origin away from all the others.
     */
    static LocalPlane around(List<LatLon> positions) {
        return new LocalPlane(new LatLon(
                median(positions.stream().mapToDouble(LatLon::latitude).sorted().toArray()),
                median(positions.stream().mapToDouble(LatLon::longitude).sorted().toArray())));
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    Coordinate project(LatLon position) {
        double x = Math.toRadians(position.longitude() - origin.longitude())
                * Math.cos(Math.toRadians(origin.latitude())) * GreatCircle.EARTH_RADIUS_METRES;
        double y = Math.toRadians(position.latitude() - origin.latitude()) * GreatCircle.EARTH_RADIUS_METRES;
        return new Coordinate(x, y);
    }
}
