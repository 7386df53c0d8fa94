package org.balise.engine.geo;

/** The WGS84 ellipsoid: its constants and the one exact distance that needs no plane. */
final class Wgs84 {

    /** Semi-major axis, metres. */
    static final double A = 6_378_137.0;
    /** Flattening. */
    static final double F = 1 / 298.257223563;
    /** First eccentricity squared. */
    static final double E2 = F * (2 - F);

    private Wgs84() {
    }

    /**
     * The straight-line (chord) distance between two points on the ellipsoid, through Earth-centred
     * coordinates: exact, valid anywhere on Earth, and shorter than the distance along the surface by about
     * {@code d³ / (24 R²)} (under a millimetre below 10 km).
     */
    static double chordMetres(LatLon a, LatLon b) {
        double[] p = earthCentred(a);
        double[] q = earthCentred(b);
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }

    private static double[] earthCentred(LatLon position) {
        double phi = Math.toRadians(position.latitude());
        double lambda = Math.toRadians(position.longitude());
        double sinPhi = Math.sin(phi);
        double n = A / Math.sqrt(1 - E2 * sinPhi * sinPhi);
        double horizontal = n * Math.cos(phi);
        return new double[] {horizontal * Math.cos(lambda), horizontal * Math.sin(lambda), n * (1 - E2) * sinPhi};
    }
}
