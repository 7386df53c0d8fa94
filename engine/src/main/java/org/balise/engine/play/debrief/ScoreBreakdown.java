package org.balise.engine.play.debrief;

import java.util.List;
import org.balise.engine.play.team.ScoreLine;
import org.balise.engine.play.team.ScoreSource;

/**
 * Where a team's score came from, as applied (a cost the score could not pay counts for what it took).
 *
 * @param riddlePoints points of solved riddles
 * @param timeBonus bonuses for quick solutions
 * @param hintCosts points hints took (zero or negative)
 * @param awards the teacher's awards and penalties
 * @param total the score: the sum of the others
 */
public record ScoreBreakdown(int riddlePoints, int timeBonus, int hintCosts, int awards, int total) {

    /** The breakdown of a ledger. */
    public static ScoreBreakdown of(List<ScoreLine> ledger) {
        int riddles = sum(ledger, ScoreSource.RIDDLE);
        int bonus = sum(ledger, ScoreSource.TIME_BONUS);
        int hints = sum(ledger, ScoreSource.HINT);
        int awards = sum(ledger, ScoreSource.AWARD);
        return new ScoreBreakdown(riddles, bonus, hints, awards, riddles + bonus + hints + awards);
    }

    private static int sum(List<ScoreLine> ledger, ScoreSource source) {
        return ledger.stream().filter(line -> line.source() == source).mapToInt(ScoreLine::applied).sum();
    }
}
