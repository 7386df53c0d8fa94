package org.balise.engine.geo;

import java.time.Instant;
import java.util.Set;

/** What one sighting changed at one station. */
public sealed interface PresenceDecision {

    /**
     * A visit began: emitted exactly once per visit.
     *
     * @param byCrossing whether the team was seen jumping over the zone rather than staying in it
     * @param flags the filter's flags on the sightings that made the arrival (e.g. a mocked location)
     */
    record Arrived(Instant at, boolean byCrossing, Set<FixFlag> flags) implements PresenceDecision {
        public Arrived {
            flags = Set.copyOf(flags);
        }
    }

    /** The visit that began at {@code arrivedAt} ended. */
    record Left(Instant at, Instant arrivedAt) implements PresenceDecision {
    }

    /** The sighting counted; no visit began or ended. The team now stands as {@code presence} says. */
    record Observed(Presence presence) implements PresenceDecision {
    }

    /** The sighting did not count at this station, and why. */
    record Ignored(Reason reason) implements PresenceDecision {
    }

    /** Why a sighting did not count. */
    enum Reason {
        /** Its accuracy is worse than the station's rule accepts. */
        ACCURACY_ABOVE_RULE_CAP,
        /** The filter flagged a jump: it neither starts nor ends a visit. */
        IMPLAUSIBLE_SPEED,
        /** It is not later than the station's last sighting. */
        NOT_AFTER_LAST
    }
}
