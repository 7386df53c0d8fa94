package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/**
 * The team took a hint.
 *
 * @param riddle a station's id or {@code #final}
 * @param cost the hint's price
 * @param charged the points it actually cost: {@code cost}, or less when the score may not go below zero
 */
@TypeName("hint-taken")
public record HintTaken(String commandId, Instant at, String riddle, String hintId, int cost, int charged)
        implements TeamEvent {
}
