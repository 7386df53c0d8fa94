package org.balise.engine.geo;

/**
 * How a station decides that a team is really there, as the circuit author wrote it.
 *
 * @param accuracyPolicy how a fix's reported accuracy is weighed against the zone
 * @param maxAccuracyMetres fixes less precise than this never count toward arriving
 * @param dwellSeconds how long a team must be seen at the station before it has arrived (0: no dwell)
 * @param consecutiveFixes how many accepted fixes, at least, an arrival rests on (1: one is enough); see
 *     {@link PresenceDecider} for how the fixes of the dwell are weighed together
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

    /**
     * A visit that took evidence to begin ends only after the team has been seen beyond the exit margin for
     * at least this long: longer than the multipath episodes of 5 to 30 s reported in districts of tall
     * blocks (shared/gps-logs/SOURCES.md), so that one episode alone never ends a visit.
     */
    public static final int MIN_EXIT_DWELL_SECONDS = 40;

    /**
     * Segment crossing trusts the straight line between two fixes at most this far apart in time: beyond a
     * minute it says little about the route the team took.
     */
    public static final int MAX_CROSSING_GAP_SECONDS = 60;

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

    /**
     * How long the team must be seen beyond the exit margin before a visit ends, in seconds. A rule that
     * decides on a single fix ({@code dwellSeconds} 0 and {@code consecutiveFixes} 1, as for virtual taps)
     * also ends a visit on a single fix; any other waits {@link #MIN_EXIT_DWELL_SECONDS} or its own dwell,
     * whichever is longer.
     */
    public int exitDwellSeconds() {
        return dwellSeconds == 0 && consecutiveFixes == 1 ? 0 : Math.max(dwellSeconds, MIN_EXIT_DWELL_SECONDS);
    }

    /**
     * The same station, found on the map in virtual mode: a tap counts if its declared accuracy circle touches
     * the zone, at once (no dwell, one tap), and no track is followed between taps. The accuracy cap and the
     * exit margin are the station's own, so "find the place on the map" is this rule, not a second engine.
     */
    public PresenceRule forVirtualTaps() {
        return new PresenceRule(AccuracyPolicy.ACCURACY_CIRCLE_TOUCHES, maxAccuracyMetres, 0, 1, exitMarginMetres, false);
    }
}
