package org.balise.engine.geo;

/**
 * A WGS84 position in decimal degrees. Valid by construction: a latitude in [-90, 90] and a longitude in
 * [-180, 180], both finite.
 *
 * <p>Note the order: GeoJSON (RFC 7946) writes positions as {@code [longitude, latitude]}; this record
 * names both so that no caller has to remember it.
 */
public record LatLon(double latitude, double longitude) {

    public LatLon {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw new IllegalArgumentException("latitude must be between -90 and 90 degrees, was " + latitude);
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("longitude must be between -180 and 180 degrees, was " + longitude);
        }
    }

    /** Whether these would make a valid position: for filters that must answer rather than throw. */
    public static boolean isValid(double latitude, double longitude) {
        return Double.isFinite(latitude) && latitude >= -90 && latitude <= 90
                && Double.isFinite(longitude) && longitude >= -180 && longitude <= 180;
    }
}
