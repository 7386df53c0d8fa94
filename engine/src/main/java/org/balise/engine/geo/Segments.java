package org.balise.engine.geo;

/** Point-to-segment distance in the plane: the one formula circles and polygon boundaries share. */
final class Segments {

    private Segments() {
    }

    /**
     * The squared distance from point P to segment AB: P is projected onto AB's line, the parameter clamped
     * to the segment. Constant time, no allocation; a degenerate segment is its point.
     */
    static double distanceSquared(double px, double py, double ax, double ay, double bx, double by) {
        double abx = bx - ax;
        double aby = by - ay;
        double apx = px - ax;
        double apy = py - ay;
        double lengthSquared = abx * abx + aby * aby;
        double t = lengthSquared > 0 ? Math.clamp((apx * abx + apy * aby) / lengthSquared, 0, 1) : 0;
        double dx = apx - t * abx;
        double dy = apy - t * aby;
        return dx * dx + dy * dy;
    }
}
