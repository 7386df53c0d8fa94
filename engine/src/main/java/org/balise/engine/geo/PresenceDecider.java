package org.balise.engine.geo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.balise.engine.geo.PresenceDecision.Arrived;
import org.balise.engine.geo.PresenceDecision.Ignored;
import org.balise.engine.geo.PresenceDecision.Left;
import org.balise.engine.geo.PresenceDecision.Observed;
import org.jspecify.annotations.Nullable;

/**
 * Decides, from one more sighting, whether a team has arrived at or left one station: a pure function of
 * the station's rule and zone, the team's state there and the sighting. No clock: time is the sighting's.
 *
 * <p><b>Algorithm.</b>
 * <ul>
 * <li>A sighting counts only if it is later than the last one, its accuracy is within the rule's cap and the
 *     filter did not flag a jump ({@link FixFlag#IMPLAUSIBLE_SPEED}); otherwise it is {@link Ignored} and the
 *     state is unchanged. One exception: during a visit, a flagged sighting within the exit margin still
 *     interrupts a departure, because the jump back from a multipath episode to the truth is flagged too.
 * <li><b>Arriving</b> rests on the recent sightings as a whole, not on any single one: the sightings of the
 *     last {@code dwellSeconds} (plus the latest one before them, which proves the span), at least
 *     {@code consecutiveFixes} of them, are averaged, each weighted by 1/accuracy²; the rule's
 *     {@link PresenceRule.AccuracyPolicy} must hold for that weighted centre (with the window's mean
 *     accuracy) and for at least half of the sightings on their own. Averaging is what tells a team
 *     standing at a station with 30 m jitter (the centre settles on the station) from a team walking past at
 *     40 m (the centre follows the street); the majority keeps a few lucky fixes from dragging the centre
 *     in. The calibration over seeded noise is in DD004 ({@code docs/design-decisions}).
 * <li><b>Segment crossing</b>, if the rule allows it: when the straight line from the team's previous
 *     sighting (at most {@link PresenceRule#MAX_CROSSING_GAP_SECONDS} earlier, within the cap, not flagged)
 *     to this one touches the zone, the team arrives at once.
 * <li><b>Leaving</b> is hysteresis in space and time: every sighting for {@link PresenceRule#exitDwellSeconds()}
 *     (and at least {@code consecutiveFixes}) must lie more than {@code exitMarginMetres} outside the
 *     boundary. One inside sighting restarts the count, so jitter and multipath episodes never end a visit.
 * <li>A team that is outside and whose sighting is farther than its accuracy plus the exit margin returns
 *     to {@link PresenceState#NONE}: stale evidence is forgotten.
 * </ul>
 * Hence {@link Arrived} and {@link Left} alternate, starting with an arrival: once per visit each.
 *
 * <p><b>Cost.</b> O(w) for a window of w sightings (about one per second of dwell), plus one distance to the
 * zone per sighting in it.
 *
 * <p><b>Thread-safety.</b> Stateless.
 *
 * <p><b>Limits.</b> A state keeps at most {@value #MAX_RECENT} sightings; beyond, the oldest go first (at one
 * fix a second that is a quarter of an hour, far beyond any dwell).
 */
public final class PresenceDecider {

    static final int MAX_RECENT = 1_024;

    private PresenceDecider() {
    }

    /**
     * Takes {@code sighting} into account at the station whose rule is {@code rule} and zone {@code zone}.
     *
     * @param previous the team's previous sighting, at any station (for segment crossing), or null
     */
    public static PresenceStep decide(PresenceRule rule, PlanarZone zone, PresenceState state, Sighting sighting,
            @Nullable Sighting previous) {
        Sighting last = state.last();
        if (last != null && !sighting.time().isAfter(last.time())) {
            return new PresenceStep(state, new Ignored(PresenceDecision.Reason.NOT_AFTER_LAST));
        }
        if (sighting.accuracyMetres() > rule.maxAccuracyMetres()) {
            return new PresenceStep(state, new Ignored(PresenceDecision.Reason.ACCURACY_ABOVE_RULE_CAP));
        }
        Instant now = sighting.time();
        if (sighting.flagged(FixFlag.IMPLAUSIBLE_SPEED)) {
            // A jump says where the phone went, not which end of it was wrong: the jump back from a multipath
            // episode is flagged too. So a flagged sighting within the margin still keeps a visit going.
            if (state.presence() == Presence.INSIDE
                    && zone.signedDistanceMetres(sighting.position()) <= rule.exitMarginMetres()) {
                return new PresenceStep(new PresenceState(Presence.INSIDE, keep(rule, state.recent(), sighting),
                        state.arrivedAt()), new Observed(Presence.INSIDE));
            }
            return new PresenceStep(state, new Ignored(PresenceDecision.Reason.IMPLAUSIBLE_SPEED));
        }
        List<Sighting> recent = keep(rule, state.recent(), sighting);
        if (state.presence() == Presence.INSIDE) {
            Instant arrivedAt = state.arrivedAt();
            if (arrivedAt != null && hasLeft(rule, zone, recent, now)) {
                return new PresenceStep(new PresenceState(Presence.OUTSIDE, recent, null), new Left(now, arrivedAt));
            }
            return new PresenceStep(new PresenceState(Presence.INSIDE, recent, arrivedAt), new Observed(Presence.INSIDE));
        }
        if (crossed(rule, zone, sighting, previous)) {
            return arrive(recent, now, true, flagsOf(List.of(sighting)));
        }
        List<Sighting> window = arrivalWindow(rule, recent, now);
        if (window.size() >= rule.consecutiveFixes()
                && !window.getFirst().time().isAfter(now.minusSeconds(rule.dwellSeconds()))
                && meetsPolicy(rule, zone.signedDistanceMetres(weightedCentre(window)), meanAccuracy(window))
                && 2 * countMeetingPolicy(rule, zone, window) >= window.size()) {
            return arrive(recent, now, false, flagsOf(window));
        }
        double distance = zone.signedDistanceMetres(sighting.position());
        if (distance > sighting.accuracyMetres() + rule.exitMarginMetres()) {
            return new PresenceStep(PresenceState.NONE, new Observed(Presence.OUTSIDE));
        }
        boolean evidence = meetsPolicy(rule, distance, sighting.accuracyMetres())
                || meetsPolicy(rule, zone.signedDistanceMetres(weightedCentre(window)), meanAccuracy(window));
        Presence presence = evidence ? Presence.APPROACHING : Presence.OUTSIDE;
        return new PresenceStep(new PresenceState(presence, recent, null), new Observed(presence));
    }

    private static PresenceStep arrive(List<Sighting> recent, Instant now, boolean byCrossing, Set<FixFlag> flags) {
        return new PresenceStep(new PresenceState(Presence.INSIDE, recent, now), new Arrived(now, byCrossing, flags));
    }

    /** Whether a distance to the boundary, with an accuracy, meets the station's accuracy policy. */
    static boolean meetsPolicy(PresenceRule rule, double signedDistance, double accuracy) {
        return switch (rule.accuracyPolicy()) {
            case ACCURACY_CIRCLE_INSIDE -> signedDistance + accuracy <= 0;
            case DISTANCE_WITHIN_RADIUS -> signedDistance <= 0;
            case ACCURACY_CIRCLE_TOUCHES -> signedDistance <= accuracy;
        };
    }

    private static boolean crossed(PresenceRule rule, PlanarZone zone, Sighting sighting, @Nullable Sighting previous) {
        return rule.segmentCrossing()
                && previous != null
                && previous.time().isBefore(sighting.time())
                && !previous.time().isBefore(sighting.time().minusSeconds(PresenceRule.MAX_CROSSING_GAP_SECONDS))
                && previous.accuracyMetres() <= rule.maxAccuracyMetres()
                && !previous.flagged(FixFlag.IMPLAUSIBLE_SPEED)
                && zone.crossedBy(previous.position(), sighting.position());
    }

    /**
     * The sightings arriving rests on: those of the last {@code dwellSeconds}, the latest one before them
     * (so that the window spans the dwell when the team was seen then), and more older ones if needed to
     * reach {@code consecutiveFixes}.
     */
    static List<Sighting> arrivalWindow(PresenceRule rule, List<Sighting> recent, Instant now) {
        Instant start = now.minusSeconds(rule.dwellSeconds());
        int from = recent.size() - 1;
        while (from > 0 && recent.get(from).time().isAfter(start)) {
            from--;
        }
        from = Math.min(from, Math.max(0, recent.size() - rule.consecutiveFixes()));
        return recent.subList(from, recent.size());
    }

    /** Whether the sightings beyond the exit margin have lasted the exit dwell, unbroken. */
    static boolean hasLeft(PresenceRule rule, PlanarZone zone, List<Sighting> recent, Instant now) {
        int outside = 0;
        Instant runStart = now;
        for (int i = recent.size() - 1; i >= 0; i--) {
            Sighting s = recent.get(i);
            if (zone.signedDistanceMetres(s.position()) <= rule.exitMarginMetres()) {
                break;
            }
            outside++;
            runStart = s.time();
        }
        return outside >= rule.consecutiveFixes()
                && !Duration.between(runStart, now).minusSeconds(rule.exitDwellSeconds()).isNegative();
    }

    /** The recent sightings plus this one, trimmed to what arriving and leaving can still need. */
    private static List<Sighting> keep(PresenceRule rule, List<Sighting> recent, Sighting sighting) {
        Instant horizon = sighting.time().minusSeconds(Math.max(rule.dwellSeconds(), rule.exitDwellSeconds()));
        int from = 0;
        // Keep the latest sighting at or before the horizon: it proves the span of a dwell or an exit.
        while (from + 1 < recent.size() && !recent.get(from + 1).time().isAfter(horizon)) {
            from++;
        }
        from = Math.min(from, Math.max(0, recent.size() - rule.consecutiveFixes()));
        from = Math.max(from, recent.size() + 1 - MAX_RECENT);
        List<Sighting> kept = new ArrayList<>(recent.size() - from + 1);
        kept.addAll(recent.subList(from, recent.size()));
        kept.add(sighting);
        return kept;
    }

    private static int countMeetingPolicy(PresenceRule rule, PlanarZone zone, List<Sighting> window) {
        int count = 0;
        for (Sighting s : window) {
            if (meetsPolicy(rule, zone.signedDistanceMetres(s.position()), s.accuracyMetres())) {
                count++;
            }
        }
        return count;
    }

    private static PlanePoint weightedCentre(List<Sighting> window) {
        double east = 0;
        double north = 0;
        double weights = 0;
        for (Sighting s : window) {
            double w = 1 / (s.accuracyMetres() * s.accuracyMetres());
            east += w * s.position().eastMetres();
            north += w * s.position().northMetres();
            weights += w;
        }
        return new PlanePoint(east / weights, north / weights);
    }

    private static double meanAccuracy(List<Sighting> window) {
        double sum = 0;
        for (Sighting s : window) {
            sum += s.accuracyMetres();
        }
        return sum / window.size();
    }

    private static Set<FixFlag> flagsOf(List<Sighting> sightings) {
        Set<FixFlag> flags = EnumSet.noneOf(FixFlag.class);
        sightings.forEach(s -> flags.addAll(s.flags()));
        return flags;
    }
}
