package org.balise.engine.play.view;

import java.time.Duration;
import java.util.List;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.GameStatus;
import org.jspecify.annotations.Nullable;

/**
 * Everything a team's phones show, at one instant.
 *
 * @param language the language the texts are in (the team's, or the circuit's default where a text lacks it)
 * @param status where the game stands
 * @param finished whether the team has finished
 * @param timeLeft the session's played time left; null when it has no duration
 * @param stationsOnRoute how many stations the team's route has
 * @param stationsSolved how many of them the team solved
 * @param stations the stations open to the team or reached, in its route's order (locked ones are not shown)
 * @param finalRiddle the final riddle; null when the circuit has none
 * @param clues the clues the team holds, in the order collected
 * @param trades the trades the team discovered, in the order discovered
 * @param messages the teacher's messages, to this team and to all, oldest first
 */
public record PlayerView(
        String sessionId,
        String teamId,
        String teamName,
        String language,
        String circuitTitle,
        Mode mode,
        GameStatus status,
        boolean finished,
        int score,
        @Nullable Duration timeLeft,
        int stationsOnRoute,
        int stationsSolved,
        List<StationView> stations,
        @Nullable FinalRiddleView finalRiddle,
        List<ClueView> clues,
        List<TradeView> trades,
        List<MessageView> messages) {

    public PlayerView {
        stations = List.copyOf(stations);
        clues = List.copyOf(clues);
        trades = List.copyOf(trades);
        messages = List.copyOf(messages);
    }
}
