package org.balise.engine.play.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balise.engine.play.TeamScenario.typed;

import java.time.Duration;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.play.DemoCircuit;
import org.balise.engine.play.PlayedGames;
import org.balise.engine.play.TeamScenario;
import org.junit.jupiter.api.Test;

class IdempotencyAndReplayTest {

    @Test
    void aCommandAlreadyAppliedYieldsNoNewEvents() {
        TeamScenario game = TeamScenario.onSite(DemoCircuit.with(new Progression.Free(), true)).unlocked("jardin");
        SubmitAnswer wrong = new SubmitAnswer("phone-1-answer-1", "jardin", typed("7"));
        game.when(wrong).emitted(WrongAnswerGiven.class);

        game.when(wrong).nothing();
        game.after(Duration.ofMinutes(1)).when(wrong).nothing();

        assertThat(game.state().station("jardin").orElseThrow().riddle().attempts().wrong()).isEqualTo(1);
    }

    @Test
    void aRefusedCommandIsNotDecidedAgainWhenRetried() {
        TeamScenario game = TeamScenario.onSite(DemoCircuit.with(new Progression.Free(), true)).unlocked("fontaine");
        TakeHint early = new TakeHint("phone-2-hint", "fontaine", "h-lettre");
        game.when(early).emitted(TeamCommandRefused.class);

        game.after(Duration.ofMinutes(5)).when(early).nothing();
    }

    @Test
    void theSameEventsAlwaysReplayToTheSameState() {
        TeamScenario game = PlayedGames.everyKindOfEvent();

        TeamState replayed = TeamDecider.replay(game.state().member(), game.history());

        assertThat(replayed).isEqualTo(game.state());
        assertThat(TeamDecider.replay(game.state().member(), game.history())).isEqualTo(replayed);
    }

    @Test
    void theSameCommandsAtTheSameInstantsAlwaysDecideTheSameEvents() {
        assertThat(PlayedGames.everyKindOfEvent().history()).isEqualTo(PlayedGames.everyKindOfEvent().history());
    }

    @Test
    void aStateReplayedFromDurableEventsOnlyDiffersOnlyInItsPresenceEvidence() {
        TeamScenario game = PlayedGames.everyKindOfEvent();

        TeamState durable = TeamDecider.replay(game.state().member(),
                game.history().stream().filter(TeamEvent::durable).toList());

        assertThat(durable.presence()).isEmpty();
        assertThat(durable.lastFix()).isNull();
        assertThat(durable.stations()).isEqualTo(game.state().stations());
        assertThat(durable.score()).isEqualTo(game.state().score());
        assertThat(durable.clues()).isEqualTo(game.state().clues());
    }
}
