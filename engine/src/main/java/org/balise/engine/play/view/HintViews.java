package org.balise.engine.play.view;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.balise.engine.circuit.model.Hint;
import org.balise.engine.play.PlayClock;
import org.balise.engine.play.team.RiddleProgress;
import org.balise.engine.play.team.TakenHint;

/** A riddle's hints as a team sees them: taken ones with their text, others with their cost and delay. */
final class HintViews {

    private HintViews() {
    }

    /**
     * @param since when the team could start on the riddle: delays count from here
     */
    static List<HintView> of(List<Hint> hints, RiddleProgress progress, Instant since, PlayClock clock, Instant now,
            Localizer localizer) {
        return hints.stream()
                .filter(hint -> !progress.solved() || progress.hint(hint.id()).isPresent())
                .map(hint -> of(hint, progress.hint(hint.id()), since, clock, now, localizer))
                .toList();
    }

    private static HintView of(Hint hint, Optional<TakenHint> taken, Instant since, PlayClock clock, Instant now,
            Localizer localizer) {
        if (taken.isPresent()) {
            return new HintView(hint.id(), hint.cost(), HintStatus.TAKEN, localizer.text(hint.text()), null, null);
        }
        Duration missing = hint.availableAfter().minus(clock.played(since, now));
        if (!missing.isPositive()) {
            return new HintView(hint.id(), hint.cost(), HintStatus.AVAILABLE, null, null, null);
        }
        return new HintView(hint.id(), hint.cost(), HintStatus.LOCKED, null, missing,
                clock.whenPlayedReaches(since, hint.availableAfter(), now));
    }
}
