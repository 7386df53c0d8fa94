package org.balise.engine.play.view;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A hint as a team sees it.
 *
 * @param cost the points it costs
 * @param text what it says; null until taken
 * @param opensIn played time before it can be taken; null unless locked
 * @param opensAt when it can be taken if play goes on without a pause; null unless locked and the game runs
 */
public record HintView(String id, int cost, HintStatus status, @Nullable String text, @Nullable Duration opensIn,
        @Nullable Instant opensAt) {
}
