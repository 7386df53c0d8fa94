package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.geo.FixRejection;
import org.balise.engine.play.TypeName;

/**
 * The filter refused a fix as unusable (out of range, too imprecise, from the future, older than the last).
 * Not durable: see {@link TeamEvent#durable()}.
 *
 * @param fixTime the instant the fix claims
 */
@TypeName("fix-rejected")
public record FixRejected(String commandId, Instant at, Instant fixTime, FixRejection reason) implements TeamEvent {

    @Override
    public boolean durable() {
        return false;
    }

    @Override
    public boolean changesView() {
        return false;
    }
}
