package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.TypeName;
import org.jspecify.annotations.Nullable;

/**
 * The team typed a wrong on-site code at a station.
 *
 * @param wrongAttempts wrong codes at this station so far, this one included
 * @param coolDownUntil the end of the cool-down this attempt began; null if attempts are left
 */
@TypeName("wrong-code-entered")
public record WrongCodeEntered(String commandId, Instant at, String stationId, int wrongAttempts,
        @Nullable Instant coolDownUntil) implements TeamEvent {
}
