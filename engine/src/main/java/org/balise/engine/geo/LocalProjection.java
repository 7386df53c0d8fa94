package org.balise.engine.geo;

/**
 * The local metric plane of a circuit: the tangent plane to the WGS84 ellipsoid at an origin, onto which
 * positions are projected orthographically (east, north, up in the local geodetic frame, up dropped).
 *
 * <p><b>Algorithm.</b> Forward: geodetic latitude and longitude to Earth-centred coordinates on the
 * ellipsoid ({@code N = a / sqrt(1 - e² sin²φ)}), rotated into the origin's east-north-up frame. Inverse:
 * the point of the plane is lifted along the origin's vertical back onto the ellipsoid (the root of a
 * quadratic), whose geodetic latitude is then exact in closed form because the point lies on the surface:
 * {@code φ = atan2(Z, (1 - e²)·p)}. Both directions are exact closed forms: no series, no iteration, so a
 * round trip is limited by rounding only (micrometres).
 *
 * <p><b>Error.</b> Distances measured in the plane are true ellipsoidal chord geometry seen from above:
 * along a line from the origin, the scale is {@code cos θ} for a point θ of arc away, across it 1. The
 * relative error of a short distance measured near a point D metres from the origin is therefore at most
 * {@code D² / (2R²)}: 1.2 ppm at 10 km, 4.9 ppm at 20 km (0.25 mm on a 50 m zone), 1.2e-4 at 100 km. A
 * long distance measured from the origin itself is short by about {@code D³ / (6R²)}: 3 cm at 20 km.
 * Both are far below GPS error, which is why one plane per circuit is enough.
 *
 * <p><b>Cost.</b> {@link #project} is four trigonometric functions, one square root and a dozen
 * multiplications; small angular offsets from the origin (under {@value #SERIES_LIMIT_RADIANS} rad, about
 * 640 km) take their sines and cosines from Taylor polynomials that are exact to double precision there,
 * which makes a projection a few tens of nanoseconds.
 *
 * <p><b>Thread-safety.</b> Immutable; share freely.
 *
 * <p><b>Limits.</b> Points more than about 60° of arc from the origin are refused (on the far side of the
 * Earth the tangent plane folds over itself); Balise's circuits span kilometres, not continents.
 */
public final class LocalProjection {

    private static final double A = Wgs84.A;
    private static final double E2 = Wgs84.E2;
    /** Below this angular offset from the origin, sine and cosine come from exact-to-double polynomials. */
    static final double SERIES_LIMIT_RADIANS = 0.1;

    private static final double FAR_SIDE_DEPTH_METRES = 0.5 * A;

    private final LatLon origin;
    private final double phi0;
    private final double sinPhi0;
    private final double cosPhi0;
    private final double x0;
    private final double z0;

    private LocalProjection(LatLon origin) {
        this.origin = origin;
        this.phi0 = Math.toRadians(origin.latitude());
        this.sinPhi0 = Math.sin(phi0);
        this.cosPhi0 = Math.cos(phi0);
        double n0 = A / Math.sqrt(1 - E2 * sinPhi0 * sinPhi0);
        this.x0 = n0 * cosPhi0;
        this.z0 = n0 * (1 - E2) * sinPhi0;
    }

    /** The plane tangent to the ellipsoid at {@code origin}: {@code origin} projects to (0, 0). */
    public static LocalProjection centredOn(LatLon origin) {
        return new LocalProjection(origin);
    }

    public LatLon origin() {
        return origin;
    }

    /** Projects a position; see {@link #project(double, double)}. */
    public PlanePoint project(LatLon position) {
        return project(position.latitude(), position.longitude());
    }

    /**
     * Projects a WGS84 position (degrees, assumed valid) into the plane.
     *
     * @throws IllegalArgumentException if the position is on the far side of the Earth from the origin
     */
    public PlanePoint project(double latitude, double longitude) {
        double dPhi = Math.toRadians(latitude) - phi0;
        double dLambda = Math.toRadians(longitude - origin.longitude());
        double sinDPhi = sin(dPhi);
        double cosDPhi = cos(dPhi);
        double sinPhi = sinPhi0 * cosDPhi + cosPhi0 * sinDPhi;
        double cosPhi = cosPhi0 * cosDPhi - sinPhi0 * sinDPhi;
        double n = A / Math.sqrt(1 - E2 * sinPhi * sinPhi);
        double horizontal = n * cosPhi;
        double dx = horizontal * cos(dLambda) - x0;
        double dz = n * (1 - E2) * sinPhi - z0;
        double up = cosPhi0 * dx + sinPhi0 * dz;
        if (up < -FAR_SIDE_DEPTH_METRES) {
            throw new IllegalArgumentException("(" + latitude + ", " + longitude
                    + ") is on the far side of the Earth from the plane's origin " + origin);
        }
        return new PlanePoint(horizontal * sin(dLambda), cosPhi0 * dz - sinPhi0 * dx);
    }

    /**
     * The position that projects to {@code point}: the exact inverse of {@link #project}.
     *
     * @throws IllegalArgumentException if the point lies outside the disc the ellipsoid projects onto
     */
    public LatLon unproject(PlanePoint point) {
        double east = point.eastMetres();
        double north = point.northMetres();
        double b2 = A * A * (1 - E2);
        double p = x0 - north * sinPhi0;
        double q = z0 + north * cosPhi0;
        double qa = cosPhi0 * cosPhi0 / (A * A) + sinPhi0 * sinPhi0 / b2;
        double qb = 2 * (p * cosPhi0 / (A * A) + q * sinPhi0 / b2);
        double qc = (p * p + east * east) / (A * A) + q * q / b2 - 1;
        double discriminant = qb * qb - 4 * qa * qc;
        if (!(discriminant >= 0) || qb <= 0) {
            throw new IllegalArgumentException(point + " lies outside the plane's image of the Earth");
        }
        // The root nearest zero, written so that it does not cancel: the near side of the ellipsoid.
        double up = -2 * qc / (qb + Math.sqrt(discriminant));
        double x = p + up * cosPhi0;
        double z = q + up * sinPhi0;
        double latitude = Math.toDegrees(Math.atan2(z, (1 - E2) * Math.hypot(x, east)));
        double longitude = normalizeLongitude(origin.longitude() + Math.toDegrees(Math.atan2(east, x)));
        return new LatLon(Math.clamp(latitude, -90, 90), longitude);
    }

    static double normalizeLongitude(double degrees) {
        double wrapped = degrees;
        if (wrapped > 180) {
            wrapped -= 360;
        } else if (wrapped < -180) {
            wrapped += 360;
        }
        return wrapped;
    }

    // Taylor polynomials to x^11 and x^12: the first omitted term is below 3e-19 for |x| <= 0.1, under half
    // an ulp of the result, so these agree with Math.sin and Math.cos to rounding, at a fraction of the cost.
    static double sin(double x) {
        if (Math.abs(x) > SERIES_LIMIT_RADIANS) {
            return Math.sin(x);
        }
        double x2 = x * x;
        return x + x * x2 * (-1.0 / 6 + x2 * (1.0 / 120 + x2 * (-1.0 / 5_040
                + x2 * (1.0 / 362_880 + x2 * (-1.0 / 39_916_800)))));
    }

    static double cos(double x) {
        if (Math.abs(x) > SERIES_LIMIT_RADIANS) {
            return Math.cos(x);
        }
        double x2 = x * x;
        return 1 + x2 * (-1.0 / 2 + x2 * (1.0 / 24 + x2 * (-1.0 / 720 + x2 * (1.0 / 40_320
                + x2 * (-1.0 / 3_628_800 + x2 * (1.0 / 479_001_600))))));
    }

    @Override
    public String toString() {
        return "LocalProjection[origin=" + origin + "]";
    }
}
