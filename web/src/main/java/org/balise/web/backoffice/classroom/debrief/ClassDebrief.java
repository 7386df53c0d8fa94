package org.balise.web.backoffice.classroom.debrief;

import java.util.Optional;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.play.debrief.SessionDebrief;
import org.balise.engine.play.debrief.TeamDebrief;
import org.balise.web.game.SessionDocument;

/** A session's debrief with what it needs to be read: the session and its circuit (titles, trades, trainings). */
record ClassDebrief(SessionDocument session, Circuit circuit, SessionDebrief debrief) {

    Optional<TeamDebrief> team(String teamId) {
        return debrief.teams().stream().filter(team -> team.teamId().equals(teamId)).findFirst();
    }
}
