package org.balise.engine.circuit.model;

import java.time.Duration;
import java.util.List;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.geo.PresenceRule;
import org.balise.engine.geo.Zone;
import org.balise.engine.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A place of the game and what happens there.
 *
 * @param id unique in the circuit
 * @param title the station's name
 * @param zone where a team must stand; null for a station proven only by its fallback proofs (indoors)
 * @param surveyed whether the zone's coordinates were checked on site (true when there is no zone)
 * @param presence how the station decides a team is there; {@link PresenceRule#DEFAULT} when not written
 * @param fallbackProofs other proofs of presence, tried in this order; empty when none
 * @param onSite what a team on site reads; null when the author wrote none (only valid without on-site mode)
 * @param virtual what a team playing from a map reads; null when the author wrote none
 * @param riddle what the team must solve
 * @param virtualRiddle replaces {@code riddle} in the virtual mode; null when the same riddle serves both
 * @param hints help the team may take
 * @param points what solving the station is worth
 * @param timeLimit how long the team has once there; null when unlimited
 * @param requires what opens the station in a graph progression; null when it is open from the start
 * @param rewards what solving the station gives besides points
 */
public record Station(
        String id,
        LocalizedText title,
        @Nullable Zone zone,
        boolean surveyed,
        PresenceRule presence,
        List<Proof> fallbackProofs,
        @Nullable OnSiteContent onSite,
        @Nullable VirtualContent virtual,
        Riddle riddle,
        @Nullable Riddle virtualRiddle,
        List<Hint> hints,
        int points,
        @Nullable Duration timeLimit,
        @Nullable Requirement requires,
        Rewards rewards) {

    public Station {
        fallbackProofs = List.copyOf(fallbackProofs);
        hints = List.copyOf(hints);
        if (points < 0) {
            throw new IllegalArgumentException("a station's points must not be negative, was " + points);
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("a time limit must be positive, was " + timeLimit);
        }
    }

    /** The riddle a team playing in this mode must solve. */
    public Riddle riddleIn(Mode mode) {
        return mode == Mode.VIRTUAL && virtualRiddle != null ? virtualRiddle : riddle;
    }
}
