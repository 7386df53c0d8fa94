package org.balise.engine.play.team;

import java.time.Instant;
import java.util.Set;
import org.balise.engine.geo.FixFlag;
import org.balise.engine.play.ArrivalMethod;
import org.balise.engine.play.Sorted;
import org.jspecify.annotations.Nullable;

/**
 * How and when a team reached a station.
 *
 * @param provedBy who proved it when a person did (the teacher's id for {@link ArrivalMethod#TEACHER}); null otherwise
 * @param flags the fix filter's flags on the positions that made a GPS arrival (e.g. a mocked location)
 */
public record Arrival(Instant at, ArrivalMethod method, @Nullable String provedBy, Set<FixFlag> flags) {

    public Arrival {
        flags = Sorted.set(flags);
    }
}
