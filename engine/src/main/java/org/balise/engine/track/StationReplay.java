package org.balise.engine.track;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a replay says about one station: reached, not reached, or not reachable by position at all. */
public sealed interface StationReplay permits StationReplay.Reached, StationReplay.NotReached, StationReplay.NoZone {

    String stationId();

    /**
     * Presence was established at least once.
     *
     * @param visits in time order, at least one
     * @param closest the accepted fix nearest the zone
     */
    record Reached(String stationId, List<Visit> visits, ClosestApproach closest) implements StationReplay {

        public Reached {
            visits = List.copyOf(visits);
            if (visits.isEmpty()) {
                throw new IllegalArgumentException("a reached station has at least one visit");
            }
        }

        /** When presence was first established. */
        public Instant firstArrival() {
            return visits.getFirst().arrivedAt();
        }

        /** How long after the track's first fix the first arrival came. */
        public Duration firstArrivalAfterStart() {
            return visits.getFirst().afterStart();
        }

        /** How many visits ended before the track did. */
        public long departures() {
            return visits.stream().filter(Visit::ended).count();
        }
    }

    /**
     * Presence was never established.
     *
     * @param closest the accepted fix nearest the zone; null when no fix was accepted, or none could be placed in
     *     the circuit's plane (all on the far side of the Earth)
     */
    record NotReached(String stationId, @Nullable ClosestApproach closest) implements StationReplay {
    }

    /** The station has no zone: it is reached by its other proofs (a QR code, a code), never by position. */
    record NoZone(String stationId) implements StationReplay {
    }
}
