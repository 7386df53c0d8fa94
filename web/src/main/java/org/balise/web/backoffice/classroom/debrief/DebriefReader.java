package org.balise.web.backoffice.classroom.debrief;

import java.time.Clock;
import java.util.List;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.play.PreparedCircuit;
import org.balise.engine.play.debrief.Debriefs;
import org.balise.engine.play.debrief.SessionDebrief;
import org.balise.engine.play.session.SessionState;
import org.balise.web.backoffice.classroom.CircuitTitles;
import org.balise.web.backoffice.classroom.SessionAccess;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.game.GameSessions;
import org.balise.web.game.SessionDocument;
import org.balise.web.game.TeamDocument;
import org.balise.web.game.TeamGame;
import org.springframework.stereotype.Component;

/** Builds a session's debrief with the engine's {@link Debriefs}, as of now (a game under way is debriefed so far). */
@Component
class DebriefReader {

    private final GameSessions games;
    private final CircuitCatalogue catalogue;
    private final Clock clock;

    DebriefReader(GameSessions games, CircuitCatalogue catalogue, Clock clock) {
        this.games = games;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    ClassDebrief read(SessionDocument session) {
        SessionState state = games.state(session).block(SessionAccess.STORE_TIMEOUT);
        List<TeamGame> teams = games.games(session.id()).collectList().block(SessionAccess.STORE_TIMEOUT);
        PreparedCircuit circuit = teams.isEmpty()
                ? PreparedCircuit.of(circuitOf(session))
                : teams.getFirst().context().circuit();
        SessionDebrief debrief = Debriefs.session(circuit, state, teams.stream().map(TeamGame::state).toList(),
                clock.instant(), CircuitTitles.LANGUAGE);
        return new ClassDebrief(session, circuit.circuit(), debrief);
    }

    /** One team's debrief in the team's own language, for the report its pupils take home. */
    TeamReportData team(TeamDocument team) {
        TeamGame game = games.game(team).block(SessionAccess.STORE_TIMEOUT);
        return new TeamReportData(Debriefs.team(game.context(), game.state(), clock.instant(), team.language()),
                game.context().model(), team.language());
    }

    private Circuit circuitOf(SessionDocument session) {
        return catalogue.circuit(session.circuitId(), session.circuitVersion()).blockOptional(SessionAccess.STORE_TIMEOUT)
                .orElseThrow(() -> new IllegalStateException("Session " + session.id() + " plays an unpublished circuit"));
    }
}
