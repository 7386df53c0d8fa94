package org.balise.engine.play;

import java.time.Duration;

/**
 * Extra points for solving a station quickly: {@code maxPoints} when solved at once after arriving, falling
 * linearly to none at {@code window} (rounded down). Time counts as the session's clock does: pauses do not.
 *
 * @param maxPoints the bonus for an immediate answer; positive
 * @param window how long after arriving a bonus is still earned; positive
 */
public record TimeBonus(int maxPoints, Duration window) {

    public TimeBonus {
        if (maxPoints <= 0) {
            throw new IllegalArgumentException("a time bonus must be worth points, was " + maxPoints);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a time bonus needs a positive window, was " + window);
        }
    }

    /** The bonus for a station solved {@code taken} after the team arrived. */
    public int pointsAfter(Duration taken) {
        if (taken.compareTo(window) >= 0) {
            return 0;
        }
        long left = window.minus(taken).toMillis();
        return (int) (maxPoints * left / window.toMillis());
    }
}
