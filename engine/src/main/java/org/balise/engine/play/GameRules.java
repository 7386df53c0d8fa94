package org.balise.engine.play;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The rules a session is played by, chosen by the teacher when creating it; recorded in the session's first
 * event so that a replay plays by the same rules.
 *
 * <p><b>Wrong answers.</b> After {@code maxWrongAttempts} wrong answers to one riddle (or wrong on-site codes at
 * one station), the team must wait {@code coolDown} before trying again, then has as many attempts again. The
 * cool-down runs on the wall clock, not the paused one: commands are refused during a pause anyway.
 *
 * <p><b>Time limits.</b> A station's time limit (from the circuit) counts from the team's arrival, in played
 * time. After it, the riddle stays open so that the team can still collect its clue and go on, but solving
 * it no longer scores: neither its points nor a time bonus (the debrief marks it late). Closing the riddle
 * instead would strand a team on a linear route.
 *
 * @param maxWrongAttempts wrong answers allowed before a cool-down; at least 1
 * @param coolDown how long a team waits after too many wrong answers; positive
 * @param duration how long the session lasts in played time (pauses excluded); null when the teacher ends it
 * @param timeBonus extra points for solving stations quickly; null for none
 * @param negativeScoreAllowed whether hint costs and penalties may take a score below zero; when not, a cost
 *     larger than the score takes the score to zero and no further
 */
public record GameRules(
        int maxWrongAttempts,
        Duration coolDown,
        @Nullable Duration duration,
        @Nullable TimeBonus timeBonus,
        boolean negativeScoreAllowed) {

    /** Five attempts then a minute's wait, no time limit for the session, no time bonus, no negative score. */
    public static final GameRules DEFAULT = new GameRules(5, Duration.ofSeconds(60), null, null, false);

    public GameRules {
        if (maxWrongAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt must be allowed, was " + maxWrongAttempts);
        }
        if (coolDown.isNegative() || coolDown.isZero()) {
            throw new IllegalArgumentException("a cool-down must be positive, was " + coolDown);
        }
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("a session's duration must be positive, was " + duration);
        }
    }

    public GameRules withDuration(@Nullable Duration newDuration) {
        return new GameRules(maxWrongAttempts, coolDown, newDuration, timeBonus, negativeScoreAllowed);
    }

    public GameRules withTimeBonus(@Nullable TimeBonus newTimeBonus) {
        return new GameRules(maxWrongAttempts, coolDown, duration, newTimeBonus, negativeScoreAllowed);
    }

    public GameRules withAttempts(int newMaxWrongAttempts, Duration newCoolDown) {
        return new GameRules(newMaxWrongAttempts, newCoolDown, duration, timeBonus, negativeScoreAllowed);
    }

    public GameRules withNegativeScoreAllowed(boolean allowed) {
        return new GameRules(maxWrongAttempts, coolDown, duration, timeBonus, allowed);
    }

    /**
     * The change actually applied to a score of {@code score} by {@code delta} points: all of it, except that a
     * loss stops at zero when negative scores are not allowed.
     */
    public int applicable(int score, int delta) {
        if (delta >= 0 || negativeScoreAllowed) {
            return delta;
        }
        return Math.max(delta, -Math.max(0, score));
    }
}
