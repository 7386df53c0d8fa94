package org.balise.engine.play.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balise.engine.play.TeamScenario.typed;

import java.time.Duration;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.play.DemoCircuit;
import org.balise.engine.play.GameRules;
import org.balise.engine.play.RefusalReason;
import org.balise.engine.play.RiddleKeys;
import org.balise.engine.play.TeamScenario;
import org.junit.jupiter.api.Test;

class HintsTest {

    private static TeamScenario free() {
        return TeamScenario.onSite(DemoCircuit.with(new Progression.Free(), true));
    }

    @Test
    void aHintCostsItsPriceOnceTheTeamHasPoints() {
        TeamScenario game = free().solved("jardin", typed("42")).unlocked("fontaine");

        HintTaken hint = game.when(new TakeHint(game.id(), "fontaine", "h-nom")).event(HintTaken.class);

        assertThat(hint.cost()).isEqualTo(2);
        assertThat(hint.charged()).isEqualTo(2);
        assertThat(game.state().score()).isEqualTo(8 - 2);
    }

    @Test
    void aHintCostsNoMoreThanTheScoreWhenScoresMayNotGoNegative() {
        TeamScenario game = free().unlocked("fontaine");

        HintTaken hint = game.when(new TakeHint(game.id(), "fontaine", "h-nom")).event(HintTaken.class);

        assertThat(hint.charged()).isZero();
        assertThat(game.state().score()).isZero();
    }

    @Test
    void aHintCostsItsWholePriceWhenScoresMayGoNegative() {
        TeamScenario game = TeamScenario.started(DemoCircuit.with(new Progression.Free(), true), Mode.ON_SITE,
                GameRules.DEFAULT.withNegativeScoreAllowed(true), 0, "fr").unlocked("fontaine");

        game.when(new TakeHint(game.id(), "fontaine", "h-nom"));

        assertThat(game.state().score()).isEqualTo(-2);
    }

    @Test
    void aHintOpensOnlyOnceItsDelayHasBeenPlayedSinceArrival() {
        TeamScenario game = free().unlocked("fontaine");

        game.after(Duration.ofSeconds(119)).when(new TakeHint(game.id(), "fontaine", "h-lettre"))
                .refused(RefusalReason.HINT_NOT_YET_AVAILABLE);
        game.after(Duration.ofSeconds(1)).when(new TakeHint(game.id(), "fontaine", "h-lettre")).emitted(HintTaken.class);
    }

    @Test
    void timeSpentPausedDoesNotCountTowardAHintsDelay() {
        TeamScenario game = free().unlocked("fontaine");
        game.after(Duration.ofMinutes(1)).pause().after(Duration.ofMinutes(10)).resume();

        game.after(Duration.ofSeconds(30)).when(new TakeHint(game.id(), "fontaine", "h-lettre"))
                .refused(RefusalReason.HINT_NOT_YET_AVAILABLE);
        game.after(Duration.ofSeconds(30)).when(new TakeHint(game.id(), "fontaine", "h-lettre")).emitted(HintTaken.class);
    }

    @Test
    void aHintIsTakenOnce() {
        TeamScenario game = free().unlocked("fontaine");
        game.when(new TakeHint(game.id(), "fontaine", "h-nom"));

        game.when(new TakeHint(game.id(), "fontaine", "h-nom")).refused(RefusalReason.HINT_ALREADY_TAKEN);
    }

    @Test
    void onlyTheRiddlesOwnHintsOfAReachedUnsolvedRiddleCanBeTaken() {
        TeamScenario game = free();

        game.when(new TakeHint(game.id(), "fontaine", "h-nom")).refused(RefusalReason.STATION_NOT_REACHED);
        game.unlocked("fontaine");
        game.when(new TakeHint(game.id(), "fontaine", "f-ordre")).refused(RefusalReason.UNKNOWN_HINT);
        game.given(new SubmitAnswer(game.id(), "fontaine", typed("Bareuzai")));
        game.when(new TakeHint(game.id(), "fontaine", "h-nom")).refused(RefusalReason.ALREADY_SOLVED);
    }

    @Test
    void theFinalRiddlesHintsCountFromItsOpening() {
        TeamScenario game = free().solved("fontaine", typed("Bareuzai")).after(Duration.ofMinutes(10))
                .solved("jardin", typed("42"));

        game.after(Duration.ofSeconds(59)).when(new TakeHint(game.id(), RiddleKeys.FINAL, "f-ordre"))
                .refused(RefusalReason.HINT_NOT_YET_AVAILABLE);
        game.after(Duration.ofSeconds(1)).when(new TakeHint(game.id(), RiddleKeys.FINAL, "f-ordre"))
                .emitted(HintTaken.class);
    }
}
