package org.balise.engine.geo;

/**
 * How a station decides that a team is really there, as the circuit author wrote it.
 *
 * @param accuracyPolicy how a fix's reported accuracy is weighed against the zone
 * @param maxAccuracyMetres fixes less precise than this never count toward arriving
 * @param dwellSeconds how long a team must keep being inside before it has arrived (0: no dwell)
 * @param consecutiveFixes how many accepted inside fixes in a row make an arrival (1: the first is enough)
 * @param exitMarginMetres hysteresis: a team that arrived leaves only once this far outside the boundary
 * @param segmentCrossing whether a fast, sparse track that jumps over the zone between two fixes counts
 */
public record PresenceRule(
        AccuracyPolicy accuracyPolicy,
        double maxAccuracyMetres,
        int dwellSeconds,
        int consecutiveFixes,
        double exitMarginMetres,
        boolean segmentCrossing) {

    /** The rule a station gets when its author wrote none: suits a pedestrian circuit in a dense district. */
    public static final PresenceRule DEFAULT =
            new PresenceRule(AccuracyPolicy.DISTANCE_WITHIN_RADIUS, 50, 10, 2, 15, false);

    public PresenceRule {
        if (!(maxAccuracyMetres > 0)) {
            throw new IllegalArgumentException("maxAccuracyMetres must be positive, was " + maxAccuracyMetres);
        }
        if (dwellSeconds < 0) {
            throw new IllegalArgumentException("dwellSeconds must not be negative, was " + dwellSeconds);
        }
        if (consecutiveFixes < 1) {
            throw new IllegalArgumentException("consecutiveFixes must be at least 1, was " + consecutiveFixes);
        }
        if (!(exitMarginMetres >= 0)) {
            throw new IllegalArgumentException("exitMarginMetres must not be negative, was " + exitMarginMetres);
        }
    }

    /** How the reported accuracy (a radius in metres, 68 % confidence) is weighed against the zone. */
    public enum AccuracyPolicy {
        /** The whole accuracy circle must be inside: distance to the centre + accuracy ≤ radius. Strict. */
        ACCURACY_CIRCLE_INSIDE,
        /** The reported point must be inside and the accuracy within {@code maxAccuracyMetres}. Lenient. */
        DISTANCE_WITHIN_RADIUS,
        /** The accuracy circle must touch the zone: distance to the boundary ≤ accuracy. For virtual taps. */
        ACCURACY_CIRCLE_TOUCHES
    }
}
