package org.balise.web.backoffice.classroom.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.play.GameStatus;
import org.balise.engine.play.session.SessionState;
import org.balise.web.game.SessionDocument;
import org.balise.web.game.TeamGame;

/**
 * A session as the dashboard shows it at one instant: its document, its state, its circuit and every
 * team's game. Immutable; a new one is read after every change.
 *
 * @param games every team's game, in the order they joined
 * @param phones how many phones of each team follow it live now, by team id (absent: none)
 * @param at when it was read: what alerts that depend on time passing compare with
 */
record ClassroomSnapshot(SessionDocument session, SessionState state, Circuit circuit, List<TeamGame> games,
        Map<String, Integer> phones, Instant at) {

    ClassroomSnapshot {
        games = List.copyOf(games);
        phones = Map.copyOf(phones);
    }

    GameStatus status() {
        return state.clock().status(at);
    }

    Optional<TeamGame> game(String teamId) {
        return games.stream().filter(game -> game.team().id().equals(teamId)).findFirst();
    }
}
