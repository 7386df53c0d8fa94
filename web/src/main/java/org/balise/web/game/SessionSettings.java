package org.balise.web.game;

import java.util.List;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.GameRules;

/**
 * What a teacher chooses when starting a session.
 *
 * @param languages the languages teams may pick (empty: all of the circuit's)
 * @param keepPositions whether positions are kept for the debrief map (off by default: pupils' privacy)
 * @param leaderboardVisible whether pupils see the other teams' scores
 */
public record SessionSettings(String circuitId, String circuitVersion, Mode mode, List<String> languages,
        GameRules rules, boolean keepPositions, boolean leaderboardVisible) {

    public SessionSettings {
        languages = List.copyOf(languages);
    }
}
