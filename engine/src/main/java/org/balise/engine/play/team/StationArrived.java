package org.balise.engine.play.team;

import java.time.Instant;
import java.util.Set;
import org.balise.engine.geo.FixFlag;
import org.balise.engine.play.ArrivalMethod;
import org.balise.engine.play.Sorted;
import org.balise.engine.play.TypeName;
import org.jspecify.annotations.Nullable;

/**
 * The team reached a station: its content and riddle open.
 *
 * @param method what proved it
 * @param provedBy the teacher's id for {@link ArrivalMethod#TEACHER}; null otherwise
 * @param flags the filter's flags on the positions that made a GPS arrival; empty otherwise
 */
@TypeName("station-arrived")
public record StationArrived(String commandId, Instant at, String stationId, ArrivalMethod method,
        @Nullable String provedBy, Set<FixFlag> flags) implements TeamEvent {

    public StationArrived {
        flags = Sorted.set(flags);
    }
}
