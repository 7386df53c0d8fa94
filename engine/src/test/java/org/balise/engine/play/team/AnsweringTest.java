package org.balise.engine.play.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balise.engine.play.TeamScenario.typed;

import java.time.Duration;
import java.util.List;
import org.balise.engine.answer.Match;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.play.DemoCircuit;
import org.balise.engine.play.Outcome;
import org.balise.engine.play.RefusalReason;
import org.balise.engine.play.RiddleKeys;
import org.balise.engine.play.SolvedBy;
import org.balise.engine.play.TeamScenario;
import org.junit.jupiter.api.Test;

class AnsweringTest {

    private static TeamScenario free() {
        return TeamScenario.onSite(DemoCircuit.with(new Progression.Free(), true));
    }

    @Test
    void aRightAnswerSolvesTheStationAndGivesItsPointsClueAndTrades() {
        TeamScenario game = free().unlocked("fontaine");

        Outcome outcome = game.when(new SubmitAnswer(game.id(), "fontaine", typed("le bareuzaï")));

        outcome.emitted(CorrectAnswerGiven.class, StationSolved.class, ClueCollected.class, TradeDiscovered.class);
        assertThat(outcome.event(CorrectAnswerGiven.class).match()).isEqualTo(Match.TYPO);
        StationSolved solved = outcome.event(StationSolved.class);
        assertThat(solved.how()).isEqualTo(SolvedBy.ANSWER);
        assertThat(solved.points()).isEqualTo(10);
        assertThat(outcome.event(ClueCollected.class).clueId()).isEqualTo("c-un");
        assertThat(outcome.event(TradeDiscovered.class).tradeId()).isEqualTo("t-plombier");
        assertThat(outcome.state().score()).isEqualTo(10);
    }

    @Test
    void aWrongAnswerCountsAnAttempt() {
        TeamScenario game = free().unlocked("fontaine");

        WrongAnswerGiven wrong = game.when(new SubmitAnswer(game.id(), "fontaine", typed("Jacquemart")))
                .event(WrongAnswerGiven.class);

        assertThat(wrong.wrongAttempts()).isEqualTo(1);
        assertThat(wrong.coolDownUntil()).isNull();
        assertThat(wrong.answer()).isEqualTo("Jacquemart");
    }

    @Test
    void tooManyWrongAnswersMeanAWaitThenAFreshBatchOfAttempts() {
        TeamScenario game = free().unlocked("jardin");
        for (int i = 0; i < 4; i++) {
            game.when(new SubmitAnswer(game.id(), "jardin", typed("7")));
        }

        WrongAnswerGiven fifth = game.when(new SubmitAnswer(game.id(), "jardin", typed("8"))).event(WrongAnswerGiven.class);

        assertThat(fifth.coolDownUntil()).isEqualTo(game.now().plus(Duration.ofSeconds(60)));
        game.after(Duration.ofSeconds(30)).when(new SubmitAnswer(game.id(), "jardin", typed("42")))
                .refused(RefusalReason.TOO_MANY_ATTEMPTS);
        game.after(Duration.ofSeconds(30)).when(new SubmitAnswer(game.id(), "jardin", typed("9")))
                .emitted(WrongAnswerGiven.class);
        assertThat(game.view().stations()).filteredOn(s -> s.id().equals("jardin")).singleElement()
                .satisfies(s -> assertThat(s.attempts().left()).isEqualTo(4));
    }

    @Test
    void anAnswerThatCannotBeReadIsRefusedAndCountsNoAttempt() {
        TeamScenario game = free().unlocked("jardin");

        game.when(new SubmitAnswer(game.id(), "jardin", typed("beaucoup"))).refused(RefusalReason.ANSWER_NOT_UNDERSTOOD);

        assertThat(game.state().station("jardin").orElseThrow().riddle().attempts().wrong()).isZero();
    }

    @Test
    void optionsAreNamedByTheTeamsKeysNotByTheCircuitsIds() {
        TeamScenario game = free().unlocked("eglise");

        game.when(new SubmitAnswer(game.id(), "eglise", new GivenAnswer.Chosen(List.of("roman"))))
                .refused(RefusalReason.ANSWER_NOT_UNDERSTOOD);
        Outcome outcome = game.when(new SubmitAnswer(game.id(), "eglise", game.chosen("eglise", "roman")));

        assertThat(outcome.event(CorrectAnswerGiven.class).answer()).as("what the team sent, not the circuit's id")
                .isEqualTo(game.key("eglise", "roman"));
    }

    @Test
    void aMultipleChoiceNeedsEveryRightOptionAndNoOther() {
        TeamScenario game = free().unlocked("halles");

        game.when(new SubmitAnswer(game.id(), "halles", game.chosen("halles", "fer"))).emitted(WrongAnswerGiven.class);
        game.when(new SubmitAnswer(game.id(), "halles", game.chosen("halles", "verre", "fer")))
                .emitted(CorrectAnswerGiven.class, StationSolved.class);
    }

    @Test
    void anUnreachedStationCannotBeAnswered() {
        TeamScenario game = free();

        game.when(new SubmitAnswer(game.id(), "fontaine", typed("Bareuzai"))).refused(RefusalReason.STATION_NOT_REACHED);
        game.when(new SubmitAnswer(game.id(), "nowhere", typed("Bareuzai"))).refused(RefusalReason.UNKNOWN_STATION);
    }

    @Test
    void aSolvedRiddleIsNotAnsweredAgain() {
        TeamScenario game = free().solved("fontaine", typed("Bareuzai"));

        game.when(new SubmitAnswer(game.id(), "fontaine", typed("Bareuzai"))).refused(RefusalReason.ALREADY_SOLVED);
    }

    @Test
    void aPhotoRiddleIsNotAnsweredByTyping() {
        TeamScenario game = free().unlocked("musee");

        game.when(new SubmitAnswer(game.id(), "musee", typed("photo"))).refused(RefusalReason.NOTHING_TO_ANSWER);
    }

    @Test
    void answersAreRefusedDuringAPause() {
        TeamScenario game = free().unlocked("fontaine").pause();

        game.when(new SubmitAnswer(game.id(), "fontaine", typed("Bareuzai"))).refused(RefusalReason.GAME_PAUSED);
    }

    @Test
    void theFinalRiddleOpensWithEnoughCluesAndSolvingItFinishesTheTeam() {
        TeamScenario game = free();
        game.when(new SubmitAnswer(game.id(), RiddleKeys.FINAL, typed(DemoCircuit.FINAL_CODE)))
                .refused(RefusalReason.FINAL_RIDDLE_LOCKED);
        game.solved("fontaine", typed("Bareuzai")).unlocked("jardin");

        game.when(new SubmitAnswer(game.id(), "jardin", typed("42"))).emitted(CorrectAnswerGiven.class,
                StationSolved.class, ClueCollected.class, FinalRiddleOpened.class);
        game.when(new SubmitAnswer(game.id(), RiddleKeys.FINAL, typed("1234"))).emitted(WrongAnswerGiven.class);
        Outcome outcome = game.when(new SubmitAnswer(game.id(), RiddleKeys.FINAL, typed("04 27")));

        outcome.emitted(CorrectAnswerGiven.class, FinalRiddleSolved.class, TeamFinished.class);
        assertThat(outcome.state().score()).isEqualTo(10 + 8 + 20);
        game.when(new SubmitAnswer(game.id(), "eglise", typed("x"))).refused(RefusalReason.TEAM_FINISHED);
    }

    @Test
    void aCircuitWithoutFinalRiddleRefusesAnswersToIt() {
        TeamScenario game = TeamScenario.onSite(DemoCircuit.with(new Progression.Free(), false));

        game.when(new SubmitAnswer(game.id(), RiddleKeys.FINAL, typed("0427"))).refused(RefusalReason.NO_FINAL_RIDDLE);
    }
}
