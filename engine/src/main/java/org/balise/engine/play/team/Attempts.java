package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.GameRules;
import org.jspecify.annotations.Nullable;

/**
 * The wrong attempts at one riddle (or at one station's on-site code).
 *
 * @param wrong every wrong attempt so far
 * @param sinceCoolDown wrong attempts since the last cool-down began (or since the first attempt)
 * @param coolDownUntil when the last cool-down ends (it may be past); null if none began
 */
public record Attempts(int wrong, int sinceCoolDown, @Nullable Instant coolDownUntil) {

    public static final Attempts NONE = new Attempts(0, 0, null);

    /** Whether the team must still wait at {@code now}. */
    public boolean coolingDown(Instant now) {
        return coolDownUntil != null && now.isBefore(coolDownUntil);
    }

    /** The attempts left before the next cool-down. */
    public int left(GameRules rules) {
        return Math.max(0, rules.maxWrongAttempts() - sinceCoolDown);
    }

    /**
     * The cool-down one more wrong attempt at {@code now} begins under {@code rules}: its end, or null if
     * attempts are left.
     */
    public @Nullable Instant coolDownAfterWrong(GameRules rules, Instant now) {
        return sinceCoolDown + 1 >= rules.maxWrongAttempts() ? now.plus(rules.coolDown()) : null;
    }

    /** These attempts plus a wrong one, which began a cool-down ending at {@code newCoolDownUntil} if not null. */
    public Attempts plusWrong(@Nullable Instant newCoolDownUntil) {
        return newCoolDownUntil == null
                ? new Attempts(wrong + 1, sinceCoolDown + 1, coolDownUntil)
                : new Attempts(wrong + 1, 0, newCoolDownUntil);
    }
}
