package org.balise.engine.circuit.validate;

import org.balise.engine.geo.LatLon;

/**
 * Distance along the Earth's surface (haversine on a sphere of the mean radius): within 0.5 % of the
 * ellipsoid at any range, which suits a warning that prints the distance, where a local plane would not
 * (a station with swapped coordinates is thousands of kilometres away).
 */
final class GreatCircle {

    /** Mean Earth radius (IUGG), in metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private GreatCircle() {
    }

    static double metres(LatLon from, LatLon to) {
        double dLatitude = Math.toRadians(to.latitude() - from.latitude());
        double dLongitude = Math.toRadians(to.longitude() - from.longitude());
        double h = Math.pow(Math.sin(dLatitude / 2), 2)
                + Math.cos(Math.toRadians(from.latitude())) * Math.cos(Math.toRadians(to.latitude()))
                * Math.pow(Math.sin(dLongitude / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
