package org.balise.engine.play;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A time the session stood still.
 *
 * @param start when the teacher paused
 * @param end when the teacher resumed; null while the pause lasts
 */
public record Pause(Instant start, @Nullable Instant end) {

    public Pause {
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("a pause cannot end (" + end + ") before it starts (" + start + ")");
        }
    }
}
