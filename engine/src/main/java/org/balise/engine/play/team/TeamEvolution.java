package org.balise.engine.play.team;

import java.util.function.UnaryOperator;
import org.balise.engine.play.Message;
import org.balise.engine.play.RiddleKeys;

/**
 * How each event changes a team's state. Needs no context: events carry every number they change. Total over
 * the events a decider emits; an event naming a station the team never reached, or a final riddle never
 * opened, means the stream is corrupt, and is reported as such.
 */
final class TeamEvolution {

    private TeamEvolution() {
    }

    static TeamState evolve(TeamState state, TeamEvent event) {
        TeamState s = state.applied(event.commandId());
        return switch (event) {
            case PositionAccepted e -> s.withPosition(e.fix(), e.presence());
            case FixRejected ignored -> s;
            case SuspiciousFixFlagged ignored -> s.withSuspiciousFix();
            case StationArrived e -> s.withStation(new StationProgress(e.stationId(),
                    new Arrival(e.at(), e.method(), e.provedBy(), e.flags()), RiddleProgress.NEW));
            case WrongCodeEntered e -> s.withCodeAttempts(e.stationId(),
                    s.codeAttempts().getOrDefault(e.stationId(), Attempts.NONE).plusWrong(e.coolDownUntil()));
            case CorrectAnswerGiven ignored -> s;
            case WrongAnswerGiven e -> riddle(s, e.riddle(), r -> r.withAttempts(r.attempts().plusWrong(e.coolDownUntil())));
            case StationSolved e -> {
                TeamState solved = riddle(s, e.stationId(), r -> r.withSolution(
                        new Solution(e.solvedAt(), e.how(), e.points(), e.timeBonus(), e.late())))
                        .withScore(new ScoreLine(e.at(), ScoreSource.RIDDLE, e.stationId(), e.points(), e.points(), null));
                yield e.timeBonus() == 0 ? solved : solved.withScore(
                        new ScoreLine(e.at(), ScoreSource.TIME_BONUS, e.stationId(), e.timeBonus(), e.timeBonus(), null));
            }
            case ClueCollected e -> s.withClue(new CollectedClue(e.clueId(), e.stationId(), e.at()));
            case TradeDiscovered e -> s.withTrade(new DiscoveredTrade(e.tradeId(), e.stationId(), e.at()));
            case FinalRiddleOpened e -> s.withFinalRiddle(new FinalProgress(e.at(), RiddleProgress.NEW));
            case FinalRiddleSolved e -> riddle(s, RiddleKeys.FINAL,
                    r -> r.withSolution(new Solution(e.solvedAt(), e.how(), e.points(), 0, false)))
                    .withScore(new ScoreLine(e.at(), ScoreSource.RIDDLE, RiddleKeys.FINAL, e.points(), e.points(), null));
            case TeamFinished e -> s.withFinishedAt(e.at());
            case HintTaken e -> riddle(s, e.riddle(), r -> r.withHint(new TakenHint(e.hintId(), e.at(), e.cost(), e.charged())))
                    .withScore(new ScoreLine(e.at(), ScoreSource.HINT, e.riddle(), -e.cost(), -e.charged(), e.hintId()));
            case PhotoSubmitted e -> riddle(s, e.riddle(), r -> r.withPhoto(new PendingPhoto(e.photoId(), e.at())));
            case PhotoApproved ignored -> s;
            case PhotoRejected e -> riddle(s, e.riddle(), RiddleProgress::withPhotoRejected);
            case MessageReceived e -> s.withMessage(new Message(e.messageId(), e.kind(), e.text(), e.teacherId(), e.at(), false));
            case MessageAcknowledged e -> s.withAcknowledged(e.messageId());
            case PointsAwarded e -> s.withScore(new ScoreLine(e.at(), ScoreSource.AWARD, null, e.requested(), e.applied(),
                    e.reason()));
            case TeamCommandRefused ignored -> s;
        };
    }

    private static TeamState riddle(TeamState state, String key, UnaryOperator<RiddleProgress> change) {
        if (RiddleKeys.isFinal(key)) {
            FinalProgress progress = state.finalRiddle();
            if (progress == null) {
                throw new IllegalStateException("an event concerns the final riddle of team " + state.teamId()
                        + ", which never opened: the event stream is corrupt");
            }
            return state.withFinalRiddle(progress.withRiddle(change.apply(progress.riddle())));
        }
        StationProgress station = state.station(key).orElseThrow(() -> new IllegalStateException("an event concerns"
                + " station " + key + ", which team " + state.teamId() + " never reached: the event stream is corrupt"));
        return state.withStation(station.withRiddle(change.apply(station.riddle())));
    }
}
