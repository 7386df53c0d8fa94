package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.answer.Match;
import org.balise.engine.play.TypeName;

/**
 * The team answered a riddle rightly. (What it earns follows in {@link StationSolved} or {@link FinalRiddleSolved}.)
 *
 * @param riddle a station's id or {@code #final}
 * @param answer what the team sent: its text, or the keys of the options or items it chose, comma-separated
 * @param match how the answer matched
 */
@TypeName("correct-answer-given")
public record CorrectAnswerGiven(String commandId, Instant at, String riddle, String answer, Match match)
        implements TeamEvent {
}
