package org.balise.engine.track;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.balise.engine.geo.Fix;
import org.jspecify.annotations.Nullable;

/**
 * A walk recorded by a phone, as read from a track file: its fixes in time order, and what the file did not say.
 *
 * <p>Valid by construction: at least one fix, instants never going back, one accuracy source counted per fix.
 * Coordinates are within range (the reader refuses others); accuracies are as the file gave them, so the fix
 * filter may still reject some, as it would on site.
 *
 * @param format the kind of file it came from
 * @param name the track's name in the file; null when the file names none
 * @param fixes the fixes, in time order (ties in file order)
 * @param timed false when the file gave no point a time: the fixes were then timed from {@link #UNTIMED_START},
 *     in file order, as if walked at 5 km/h, so a replay shows the order of events but not their real times
 * @param accuracy where the fixes' accuracies came from; see {@link #accuracyAssumed()}
 */
public record Track(TrackFormat format, @Nullable String name, List<Fix> fixes, boolean timed,
        AccuracySources accuracy) {

    /** The arbitrary instant from which the fixes of an untimed track are counted. */
    public static final Instant UNTIMED_START = Instant.EPOCH;

    public Track {
        fixes = List.copyOf(fixes);
        if (fixes.isEmpty()) {
            throw new IllegalArgumentException("a track needs at least one fix");
        }
        for (int i = 1; i < fixes.size(); i++) {
            if (fixes.get(i).time().isBefore(fixes.get(i - 1).time())) {
                throw new IllegalArgumentException("a track's fixes must be in time order, fix " + i + " is not");
            }
        }
        if (accuracy.total() != fixes.size()) {
            throw new IllegalArgumentException("accuracy sources count " + accuracy.total() + " fixes, the track has "
                    + fixes.size());
        }
    }

    /** The instant of the first fix. */
    public Instant start() {
        return fixes.getFirst().time();
    }

    /** The instant of the last fix. */
    public Instant end() {
        return fixes.getLast().time();
    }

    public Duration duration() {
        return Duration.between(start(), end());
    }

    /**
     * Whether some fixes had no accuracy in the file and got {@value TrackFiles#ASSUMED_ACCURACY_METRES} m: an
     * author should know that presence was judged on a guess for them.
     */
    public boolean accuracyAssumed() {
        return accuracy.assumed() > 0;
    }
}
