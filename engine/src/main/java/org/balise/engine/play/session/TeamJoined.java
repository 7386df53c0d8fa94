package org.balise.engine.play.session;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/**
 * A team joined. Its team stream starts from {@link TeamMember} made of this event.
 *
 * @param index the team's place in the order of joining, from 0: it picks the team's route
 */
@TypeName("team-joined")
public record TeamJoined(String commandId, Instant at, String teamId, String name, String language, int index)
        implements SessionEvent {
}
