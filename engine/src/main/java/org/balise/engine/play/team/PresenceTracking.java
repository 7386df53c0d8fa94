package org.balise.engine.play.team;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.geo.CircuitZones;
import org.balise.engine.geo.FixFlag;
import org.balise.engine.geo.FixVerdict;
import org.balise.engine.geo.PlanarZone;
import org.balise.engine.geo.PresenceDecider;
import org.balise.engine.geo.PresenceDecision;
import org.balise.engine.geo.PresenceRule;
import org.balise.engine.geo.PresenceState;
import org.balise.engine.geo.PresenceStep;
import org.balise.engine.geo.Sighting;
import org.balise.engine.geo.ZoneIndex;
import org.jspecify.annotations.Nullable;

/**
 * One accepted fix against the team's presence at every station it concerns, with the geo room's
 * {@link PresenceDecider}: the same steps as the geo room's {@code TeamPresence}, over presence states that
 * the team state keeps as values (so that events can carry them).
 *
 * <p><b>Algorithm.</b> The fix is projected once into the circuit's plane. It concerns the eligible stations
 * whose zone lies within its accuracy plus the largest exit margin, those the team already has evidence
 * about, and (for rules that allow it) those the segment from the previous fix crosses. Each is stepped in
 * the circuit's order; stations back to no evidence are forgotten.
 *
 * <p><b>Cost.</b> One projection and one tree query, then one presence step per concerned station.
 */
final class PresenceTracking {

    /**
     * @param presence the evidence after the fix, by station id
     * @param arrivals the stations where this fix completed an arrival, with the flags of the fixes behind it
     */
    record Outcome(Map<String, PresenceState> presence, Map<String, Set<FixFlag>> arrivals) {
    }

    private PresenceTracking() {
    }

    static Outcome observe(TeamContext context, Map<String, PresenceState> states, @Nullable AcceptedFix previous,
            FixVerdict.Accepted fix, Predicate<Station> eligible, Function<Station, PresenceRule> rules) {
        CircuitZones<String> zones = context.circuit().zones();
        Sighting sighting;
        Sighting before;
        try {
            sighting = Sighting.of(fix, zones.projection());
            before = previous == null ? null : Sighting.of(previous.toVerdict(), zones.projection());
        } catch (IllegalArgumentException farSideOfTheEarth) {
            // A position the circuit's plane cannot hold is no evidence about any of its stations.
            return new Outcome(states, Map.of());
        }
        Map<String, PresenceRule> ruleOf = new LinkedHashMap<>();
        double largestExitMargin = 0;
        for (String key : zones.keys()) {
            Station station = context.circuit().station(key).orElseThrow();
            if (eligible.test(station)) {
                PresenceRule rule = rules.apply(station);
                ruleOf.put(key, rule);
                largestExitMargin = Math.max(largestExitMargin, rule.exitMarginMetres());
            }
        }
        Set<String> concerned = new LinkedHashSet<>();
        double reach = Math.min(sighting.accuracyMetres() + largestExitMargin, ZoneIndex.MAX_REACH_METRES);
        zones.near(sighting.position(), reach).forEach(hit -> concerned.add(hit.key()));
        concerned.addAll(states.keySet());
        if (before != null) {
            for (String key : zones.crossedBy(before.position(), sighting.position())) {
                PresenceRule rule = ruleOf.get(key);
                if (rule != null && rule.segmentCrossing()) {
                    concerned.add(key);
                }
            }
        }
        Map<String, PresenceState> next = new HashMap<>(states);
        Map<String, Set<FixFlag>> arrivals = new LinkedHashMap<>();
        for (Map.Entry<String, PresenceRule> entry : ruleOf.entrySet()) {
            String key = entry.getKey();
            if (!concerned.contains(key)) {
                continue;
            }
            PlanarZone zone = zones.zone(key).orElseThrow();
            PresenceStep step = PresenceDecider.decide(entry.getValue(), zone,
                    states.getOrDefault(key, PresenceState.NONE), sighting, before);
            if (step.state().isNone()) {
                next.remove(key);
            } else {
                next.put(key, step.state());
            }
            if (step.decision() instanceof PresenceDecision.Arrived arrived) {
                arrivals.put(key, arrived.flags());
            }
        }
        return new Outcome(next, arrivals);
    }
}
