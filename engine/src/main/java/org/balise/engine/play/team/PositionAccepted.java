package org.balise.engine.play.team;

import java.time.Instant;
import java.util.Map;
import org.balise.engine.geo.PresenceState;
import org.balise.engine.play.Sorted;
import org.balise.engine.play.TypeName;

/**
 * The filter accepted a fix (or a map tap); presence took it into account. Not durable: see
 * {@link TeamEvent#durable()}.
 *
 * @param fix the accepted fix, now the team's last
 * @param presence the team's presence evidence at every station after this fix (stations without any are absent)
 */
@TypeName("position-accepted")
public record PositionAccepted(String commandId, Instant at, AcceptedFix fix, Map<String, PresenceState> presence)
        implements TeamEvent {

    public PositionAccepted {
        presence = Sorted.map(presence);
    }

    @Override
    public boolean durable() {
        return false;
    }

    @Override
    public boolean changesView() {
        return false;
    }
}
