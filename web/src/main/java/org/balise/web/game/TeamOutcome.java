package org.balise.web.game;

import java.util.List;
import org.balise.engine.play.team.TeamEvent;
import org.balise.engine.play.view.PlayerView;
import org.jspecify.annotations.Nullable;

/**
 * What a team's phones get back: the team's view now, what the command caused, and a version string that
 * changes whenever the view may have.
 */
public record TeamOutcome(String sequence, String mediaBase, @Nullable CircuitArea area, PlayerView view,
        List<TeamEvent> events) {

    public TeamOutcome {
        events = List.copyOf(events);
    }
}
