package org.balise.engine.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One team's presence at every station of its circuit: which stations a fix concerns, and what it changed.
 *
 * <p><b>Algorithm.</b> An accepted fix is projected into the circuit's plane once. It concerns the stations
 * whose zone lies within its accuracy plus the largest exit margin, the stations the team already has
 * evidence about, and (for rules that allow it) the zones the segment from the previous fix crosses. Each is
 * stepped by {@link PresenceDecider} in the circuit's order; arrivals and departures come out as
 * {@link PresenceChange}s. Stations back to {@link PresenceState#NONE} are forgotten.
 *
 * <p><b>Cost.</b> One projection and one tree query per fix, then one decision per concerned station.
 *
 * <p><b>Thread-safety.</b> Immutable: {@link #observe} returns the next value. The rules function must be
 * pure.
 *
 * <p><b>Limits.</b> A fix more than {@value #FAR_AWAY_METRES} m from the circuit's plane origin (another
 * continent) cannot be projected meaningfully and changes nothing.
 *
 * @param <K> how the caller names zones
 */
public final class TeamPresence<K> {

    static final double FAR_AWAY_METRES = 3_000_000;

    private final CircuitZones<K> circuit;
    private final Function<? super K, PresenceRule> rules;
    private final double largestExitMargin;
    private final Map<K, PresenceState> states;
    private final @Nullable Sighting previous;

    private TeamPresence(CircuitZones<K> circuit, Function<? super K, PresenceRule> rules, double largestExitMargin,
            Map<K, PresenceState> states, @Nullable Sighting previous) {
        this.circuit = circuit;
        this.rules = rules;
        this.largestExitMargin = largestExitMargin;
        this.states = Map.copyOf(states);
        this.previous = previous;
    }

    /**
     * A team that has not been seen yet, playing {@code circuit} whose stations follow {@code rules} (for
     * virtual mode, pass each station's {@link PresenceRule#forVirtualTaps()}).
     */
    public static <K> TeamPresence<K> start(CircuitZones<K> circuit, Function<? super K, PresenceRule> rules) {
        double largest = 0;
        for (K key : circuit.keys()) {
            largest = Math.max(largest, rules.apply(key).exitMarginMetres());
        }
        return new TeamPresence<>(circuit, rules, largest, Map.of(), null);
    }

    /** What one accepted fix changed, and the team's presence after it. */
    public record Step<K>(TeamPresence<K> next, List<PresenceChange<K>> changes) {
        public Step {
            changes = List.copyOf(changes);
        }
    }

    /** Takes one accepted fix into account (fixes come in the order the filter accepted them). */
    public Step<K> observe(FixVerdict.Accepted fix) {
        if (Wgs84.chordMetres(circuit.projection().origin(), fix.position()) > FAR_AWAY_METRES) {
            return new Step<>(this, List.of());
        }
        Sighting sighting = Sighting.of(fix, circuit.projection());
        Set<K> concerned = new LinkedHashSet<>();
        double reach = Math.min(sighting.accuracyMetres() + largestExitMargin, ZoneIndex.MAX_REACH_METRES);
        circuit.near(sighting.position(), reach).forEach(hit -> concerned.add(hit.key()));
        concerned.addAll(states.keySet());
        if (previous != null) {
            for (K key : circuit.crossedBy(previous.position(), sighting.position())) {
                if (rules.apply(key).segmentCrossing()) {
                    concerned.add(key);
                }
            }
        }
        Map<K, PresenceState> next = new HashMap<>(states);
        List<PresenceChange<K>> changes = new ArrayList<>();
        for (K key : circuit.keys()) {
            if (!concerned.contains(key)) {
                continue;
            }
            PlanarZone zone = circuit.zone(key).orElseThrow();
            PresenceStep step = PresenceDecider.decide(
                    rules.apply(key), zone, states.getOrDefault(key, PresenceState.NONE), sighting, previous);
            if (step.state().isNone()) {
                next.remove(key);
            } else {
                next.put(key, step.state());
            }
            if (step.decision() instanceof PresenceDecision.Arrived || step.decision() instanceof PresenceDecision.Left) {
                changes.add(new PresenceChange<>(key, step.decision()));
            }
        }
        return new Step<>(new TeamPresence<>(circuit, rules, largestExitMargin, next, sighting), changes);
    }

    /** Where the team stands at the station named {@code key}. */
    public Presence presenceAt(K key) {
        PresenceState state = states.get(key);
        return state == null ? Presence.OUTSIDE : state.presence();
    }

    /** The team's state at the station named {@code key}. */
    public PresenceState stateAt(K key) {
        return states.getOrDefault(key, PresenceState.NONE);
    }
}
