package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.SolvedBy;

/**
 * How a riddle was solved.
 *
 * @param at the instant that counts: the right answer, the arrival, or the approved photo's sending
 * @param points the riddle's points earned (0 when late)
 * @param timeBonus the bonus earned
 * @param late whether it was solved after the station's time limit
 */
public record Solution(Instant at, SolvedBy how, int points, int timeBonus, boolean late) {
}
