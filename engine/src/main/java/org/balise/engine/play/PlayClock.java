package org.balise.engine.play;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session's time as the game counts it: wall time from the start, minus pauses, up to the end. Hint delays,
 * time limits, time bonuses and the session's duration all count played time, so a pause freezes them all.
 *
 * <p>The session's end is the earlier of the teacher's end and the instant its {@code limit} of played time
 * is reached. No clock is read: every method takes the instants it needs.
 *
 * <p><b>Cost.</b> Linear in the number of pauses (a handful per session). <b>Thread-safety.</b> Immutable.
 *
 * @param startedAt when play began; null before
 * @param pauses the pauses, in order; only the last may be open
 * @param endedAt when the teacher ended the session; null until then
 * @param limit the session's duration in played time; null for none
 */
public record PlayClock(@Nullable Instant startedAt, List<Pause> pauses, @Nullable Instant endedAt,
        @Nullable Duration limit) {

    /** A session that has not started. */
    public static final PlayClock NOT_STARTED = new PlayClock(null, List.of(), null, null);

    public PlayClock {
        pauses = List.copyOf(pauses);
        for (int i = 0; i + 1 < pauses.size(); i++) {
            if (pauses.get(i).end() == null) {
                throw new IllegalArgumentException("only the last pause may still be open");
            }
        }
    }

    /** Where the session stands at {@code now}. */
    public GameStatus status(Instant now) {
        Instant end = end();
        // An end comes first: a session ended before it started is over, not waiting.
        if (end != null && !now.isBefore(end)) {
            return GameStatus.OVER;
        }
        if (startedAt == null || now.isBefore(startedAt)) {
            return GameStatus.NOT_STARTED;
        }
        for (Pause pause : pauses) {
            if (!now.isBefore(pause.start()) && (pause.end() == null || now.isBefore(pause.end()))) {
                return GameStatus.PAUSED;
            }
        }
        return GameStatus.RUNNING;
    }

    /** The played time between two instants: only while started, not paused and not over. */
    public Duration played(Instant from, Instant to) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        Instant low = from.isBefore(startedAt) ? startedAt : from;
        Instant high = to;
        Instant end = end();
        if (end != null && end.isBefore(high)) {
            high = end;
        }
        if (!high.isAfter(low)) {
            return Duration.ZERO;
        }
        Duration played = Duration.between(low, high);
        for (Pause pause : pauses) {
            Instant pauseStart = pause.start().isBefore(low) ? low : pause.start();
            Instant pauseEnd = pause.end() == null || pause.end().isAfter(high) ? high : pause.end();
            if (pauseEnd.isAfter(pauseStart)) {
                played = played.minus(Duration.between(pauseStart, pauseEnd));
            }
        }
        return played;
    }

    /** The played time since the start. */
    public Duration playedSinceStart(Instant now) {
        return startedAt == null ? Duration.ZERO : played(startedAt, now);
    }

    /** The played time left before the session's duration is up; null when it has none. */
    public @Nullable Duration timeLeft(Instant now) {
        if (limit == null) {
            return null;
        }
        if (endedAt != null && !now.isBefore(endedAt)) {
            return Duration.ZERO;
        }
        Duration left = limit.minus(playedSinceStart(now));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * The instant the session ends: the teacher's end or the instant its duration is played, whichever comes
     * first; null while neither is known (no end yet, and no limit or a pause still open before the limit).
     */
    public @Nullable Instant end() {
        Instant timeUp = timeUpAt();
        if (endedAt == null) {
            return timeUp;
        }
        return timeUp != null && timeUp.isBefore(endedAt) ? timeUp : endedAt;
    }

    /**
     * When the played time since {@code from} reaches {@code played}, if play goes on from {@code now}
     * without another pause: for "this hint opens at". Null unless the session is running at {@code now}, or
     * when the session ends first.
     */
    public @Nullable Instant whenPlayedReaches(Instant from, Duration played, Instant now) {
        if (status(now) != GameStatus.RUNNING) {
            return null;
        }
        Duration missing = played.minus(played(from, now));
        Instant at = missing.isNegative() ? now : now.plus(missing);
        Instant end = end();
        return end != null && at.isAfter(end) ? null : at;
    }

    private @Nullable Instant timeUpAt() {
        if (startedAt == null || limit == null) {
            return null;
        }
        Duration remaining = limit;
        Instant cursor = startedAt;
        for (Pause pause : pauses) {
            Duration stretch = Duration.between(cursor, pause.start());
            if (stretch.compareTo(remaining) >= 0) {
                return cursor.plus(remaining);
            }
            remaining = remaining.minus(stretch);
            if (pause.end() == null) {
                return null;
            }
            cursor = pause.end();
        }
        return cursor.plus(remaining);
    }
}
