package org.balise.engine.geo;

/**
 * A point of a circuit's local metric plane ({@link LocalProjection}): metres east and north of the plane's
 * origin. Valid by construction: both coordinates finite.
 */
public record PlanePoint(double eastMetres, double northMetres) {

    public PlanePoint {
        if (!Double.isFinite(eastMetres) || !Double.isFinite(northMetres)) {
            throw new IllegalArgumentException(
                    "a plane point needs finite coordinates, was (" + eastMetres + ", " + northMetres + ")");
        }
    }

    /** Straight-line distance in the plane, in metres. */
    public double distanceTo(PlanePoint other) {
        return Math.hypot(eastMetres - other.eastMetres, northMetres - other.northMetres);
    }
}
