package org.balise.engine.play.view;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A riddle's attempts as a team sees them.
 *
 * @param wrong wrong answers so far
 * @param left attempts left before a cool-down (0 while cooling down)
 * @param coolDownUntil when the team may answer again; null when it may now
 */
public record AttemptsView(int wrong, int left, @Nullable Instant coolDownUntil) {
}
