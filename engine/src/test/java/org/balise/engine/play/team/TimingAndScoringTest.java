package org.balise.engine.play.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balise.engine.play.TeamScenario.typed;

import java.time.Duration;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.play.DemoCircuit;
import org.balise.engine.play.GameRules;
import org.balise.engine.play.RefusalReason;
import org.balise.engine.play.TeamScenario;
import org.balise.engine.play.TimeBonus;
import org.junit.jupiter.api.Test;

class TimingAndScoringTest {

    private static TeamScenario game(GameRules rules) {
        return TeamScenario.started(DemoCircuit.with(new Progression.Free(), true), Mode.ON_SITE, rules, 0, "fr");
    }

    @Test
    void aQuickSolutionEarnsATimeBonusFallingWithTheTimeTaken() {
        TeamScenario game = game(GameRules.DEFAULT.withTimeBonus(new TimeBonus(10, Duration.ofMinutes(10)))).unlocked("jardin");

        StationSolved solved = game.after(Duration.ofMinutes(5)).when(new SubmitAnswer(game.id(), "jardin", typed("42")))
                .event(StationSolved.class);

        assertThat(solved.points()).isEqualTo(8);
        assertThat(solved.timeBonus()).isEqualTo(5);
        assertThat(game.state().score()).isEqualTo(13);
    }

    @Test
    void timeSpentPausedDoesNotReduceTheBonus() {
        TeamScenario game = game(GameRules.DEFAULT.withTimeBonus(new TimeBonus(10, Duration.ofMinutes(10)))).unlocked("jardin");
        game.after(Duration.ofMinutes(1)).pause().after(Duration.ofMinutes(30)).resume().after(Duration.ofMinutes(1));

        StationSolved solved = game.when(new SubmitAnswer(game.id(), "jardin", typed("42"))).event(StationSolved.class);

        assertThat(solved.timeBonus()).isEqualTo(8);
    }

    @Test
    void aLocationOnlyStationEarnsNoTimeBonus() {
        TeamScenario game = game(GameRules.DEFAULT.withTimeBonus(new TimeBonus(10, Duration.ofMinutes(10))));

        StationSolved solved = game.walksTo(DemoCircuit.PARC).event(StationSolved.class);

        assertThat(solved.timeBonus()).isZero();
    }

    @Test
    void afterItsTimeLimitARiddleStaysOpenButNoLongerScores() {
        TeamScenario game = game(GameRules.DEFAULT).unlocked("fontaine");

        StationSolved solved = game.after(Duration.ofMinutes(11)).when(new SubmitAnswer(game.id(), "fontaine", typed("Bareuzai")))
                .emitted(CorrectAnswerGiven.class, StationSolved.class, ClueCollected.class, TradeDiscovered.class)
                .event(StationSolved.class);

        assertThat(solved.late()).isTrue();
        assertThat(solved.points()).isZero();
        assertThat(game.state().score()).isZero();
        assertThat(game.state().holdsClue("c-un")).isTrue();
    }

    @Test
    void timeSpentPausedDoesNotCountTowardATimeLimit() {
        TeamScenario game = game(GameRules.DEFAULT).unlocked("fontaine");
        game.after(Duration.ofMinutes(5)).pause().after(Duration.ofMinutes(20)).resume().after(Duration.ofMinutes(4));

        StationSolved solved = game.when(new SubmitAnswer(game.id(), "fontaine", typed("Bareuzai"))).event(StationSolved.class);

        assertThat(solved.late()).isFalse();
        assertThat(solved.points()).isEqualTo(10);
    }

    @Test
    void whenTheSessionsDurationIsPlayedTheGameIsOver() {
        TeamScenario game = game(GameRules.DEFAULT.withDuration(Duration.ofMinutes(30))).unlocked("fontaine");
        game.after(Duration.ofMinutes(10)).pause().after(Duration.ofMinutes(60)).resume();

        game.after(Duration.ofMinutes(19)).when(new TakeHint(game.id(), "fontaine", "h-nom")).emitted(HintTaken.class);
        game.after(Duration.ofMinutes(1)).when(new SubmitAnswer(game.id(), "fontaine", typed("Bareuzai")))
                .refused(RefusalReason.GAME_OVER);
        assertThat(game.view().timeLeft()).isZero();
    }

    @Test
    void theScoreIsTheSumOfWhatTheLedgerApplied() {
        TeamScenario game = game(GameRules.DEFAULT).solved("jardin", typed("42")).unlocked("fontaine");
        game.given(new TakeHint(game.id(), "fontaine", "h-nom"), new AwardPoints(game.id(), -10, "Retard", "t"),
                new AwardPoints(game.id(), 3, "Entraide", "t"));

        assertThat(game.state().ledger()).extracting(ScoreLine::applied).containsExactly(8, -2, -6, 3);
        assertThat(game.state().score()).isEqualTo(3);
    }
}
