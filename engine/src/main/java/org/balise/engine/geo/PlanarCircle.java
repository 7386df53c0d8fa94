package org.balise.engine.geo;

import org.locationtech.jts.geom.Envelope;

/**
 * A circular zone in the plane: a projected centre and a radius in metres. Tested by distance, in constant
 * time and without allocation.
 */
final class PlanarCircle implements PlanarZone {

    private final Zone.Circle zone;
    private final double east;
    private final double north;
    private final double radius;

    PlanarCircle(Zone.Circle zone, PlanePoint centre) {
        this.zone = zone;
        this.east = centre.eastMetres();
        this.north = centre.northMetres();
        this.radius = zone.radiusMetres();
    }

    double east() {
        return east;
    }

    double north() {
        return north;
    }

    double radius() {
        return radius;
    }

    @Override
    public Zone zone() {
        return zone;
    }

    @Override
    public double signedDistanceMetres(double eastMetres, double northMetres) {
        double de = eastMetres - east;
        double dn = northMetres - north;
        return Math.sqrt(de * de + dn * dn) - radius;
    }

    @Override
    public boolean crossedBy(PlanePoint from, PlanePoint to) {
        return Segments.distanceSquared(east, north, from.eastMetres(), from.northMetres(),
                to.eastMetres(), to.northMetres()) <= radius * radius;
    }

    @Override
    public Envelope envelope() {
        return new Envelope(east - radius, east + radius, north - radius, north + radius);
    }

    @Override
    public String toString() {
        return "PlanarCircle[" + zone + "]";
    }
}
