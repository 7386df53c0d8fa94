package org.balise.engine.play.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.balise.engine.circuit.model.FinalRiddle;
import org.balise.engine.circuit.model.Hint;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.riddle.LocationRiddle;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.play.RefusalReason;
import org.balise.engine.play.RiddleKeys;
import org.balise.engine.play.SolvedBy;
import org.jspecify.annotations.Nullable;

/**
 * A riddle a command aims at, once it is known the team may work on it: a reached station's riddle (in the
 * session's mode), or the open final riddle.
 *
 * @param key the station's id or {@code #final}
 * @param since when the team could start on it (arrival, or the final riddle's opening): hint delays count from here
 * @param station the station; null for the final riddle
 */
record Target(String key, Riddle riddle, RiddleProgress progress, List<Hint> hints, Instant since,
        @Nullable Station station) {

    /** The riddle named {@code key}, or a refusal if the team may not work on it. */
    static Optional<Target> of(Decision d, String key) {
        if (RiddleKeys.isFinal(key)) {
            FinalRiddle finalRiddle = d.context().model().finalRiddle();
            FinalProgress progress = d.state().finalRiddle();
            if (finalRiddle == null) {
                d.refuse(RefusalReason.NO_FINAL_RIDDLE, "This circuit has no final riddle.");
            } else if (progress == null) {
                d.refuse(RefusalReason.FINAL_RIDDLE_LOCKED, "The final riddle opens once the team holds "
                        + finalRiddle.cluesNeeded() + " of its clues.");
            } else {
                return Optional.of(new Target(key, finalRiddle.riddle(), progress.riddle(), finalRiddle.hints(),
                        progress.openedAt(), null));
            }
            return Optional.empty();
        }
        Optional<Station> station = d.context().routeStation(key);
        if (station.isEmpty()) {
            d.refuse(RefusalReason.UNKNOWN_STATION, "There is no station " + key + " on the team's route.");
            return Optional.empty();
        }
        Optional<StationProgress> progress = d.state().station(key);
        if (progress.isEmpty()) {
            d.refuse(RefusalReason.STATION_NOT_REACHED, "The team has not reached station " + key + " yet.");
            return Optional.empty();
        }
        return Optional.of(new Target(key, station.get().riddleIn(d.context().mode()), progress.get().riddle(),
                station.get().hints(), progress.get().arrival().at(), station.get()));
    }

    /** The riddle, if not solved yet; otherwise the command is refused. */
    static Optional<Target> unsolved(Decision d, String key) {
        Optional<Target> target = of(d, key);
        if (target.isPresent() && target.get().progress().solved()) {
            d.refuse(RefusalReason.ALREADY_SOLVED, "The riddle " + key + " is already solved.");
            return Optional.empty();
        }
        return target;
    }

    /** The team solved this riddle, counted as of {@code solvedAt}. */
    void solve(Decision d, SolvedBy how, Instant solvedAt) {
        if (station != null) {
            Consequences.solve(d, station, how, solvedAt);
            return;
        }
        FinalRiddle finalRiddle = d.context().model().finalRiddle();
        d.emit(new FinalRiddleSolved(d.commandId(), d.now(), how, solvedAt, finalRiddle == null ? 0 : finalRiddle.points()));
        Consequences.afterProgress(d);
    }

    /** Whether nothing can be answered: being there is the answer. */
    boolean locationOnly() {
        return riddle instanceof LocationRiddle;
    }
}
